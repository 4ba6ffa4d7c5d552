import io.wpsync.Runner

/** Restores a dump through a shadow database and an atomic swap (see restoreDb.txt). */
def call(Map args = [:]) {
    Runner runner = new Runner(this)
    runner.validate('restoreDb', 'restoredb', args)
    runner.approve('restoreDb', 'restoredb', args, args.env as String)
    return runner.run('restoreDb', 'restoredb', args)
}
