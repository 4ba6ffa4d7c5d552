import io.wpsync.Runner

/** Dumps an environment's WordPress database (see dumpDb.txt). */
def call(Map args = [:]) {
    return new Runner(this).run('dumpDb', 'dumpdb', args)
}
