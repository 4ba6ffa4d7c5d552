// Command dumpdb makes a consistent, non-blocking, sealed dump of an
// environment's WordPress database.
package main

import "github.com/wpsync/wpsync/tools/internal/helpers"

func main() { helpers.Main("dumpdb") }
