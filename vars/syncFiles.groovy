import io.wpsync.Runner

/** Copies WordPress files between environments (see syncFiles.txt). */
def call(Map args = [:]) {
    Runner runner = new Runner(this)
    runner.validate('syncFiles', 'syncfiles', args)
    if (!args.dryRun) { // a preview writes nothing and needs no approval
        runner.approve('syncFiles', 'syncfiles', args, args.to as String)
    }
    return runner.run('syncFiles', 'syncfiles', args)
}
