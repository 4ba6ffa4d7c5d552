// Command checksite checks that an environment's WordPress site works.
package main

import "github.com/wpsync/wpsync/tools/internal/helpers"

func main() { helpers.Main("checksite") }
