// Command syncfiles copies WordPress code between environments with rsync:
// preview, protected files, a delete guard, and backups with rollback when
// the target is protected.
package main

import "github.com/wpsync/wpsync/tools/internal/helpers"

func main() { helpers.Main("syncfiles") }
