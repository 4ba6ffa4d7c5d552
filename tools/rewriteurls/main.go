// Command rewriteurls rewrites WordPress URLs in a dump stream or a live
// database without breaking PHP-serialized data.
package main

import "github.com/wpsync/wpsync/tools/internal/helpers"

func main() { helpers.Main("rewriteurls") }
