import io.wpsync.Runner

/** Checks that an environment's WordPress works (see checkSite.txt). */
def call(Map args = [:]) {
    return new Runner(this).run('checkSite', 'checksite', args)
}
