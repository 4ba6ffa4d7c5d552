// Command restoredb restores a dump into an environment's database through
// a verified shadow database and one atomic swap.
package main

import "github.com/wpsync/wpsync/tools/internal/helpers"

func main() { helpers.Main("restoredb") }
