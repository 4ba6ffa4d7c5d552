import io.wpsync.Runner

/** Rewrites site URLs in a dump file or a live database (see rewriteUrls.txt). */
def call(Map args = [:]) {
    Runner runner = new Runner(this)
    runner.validate('rewriteUrls', 'rewriteurls', args)
    if (args.env && !args.dryRun) {
        runner.approve('rewriteUrls', 'rewriteurls', args, args.env as String)
    }
    return runner.run('rewriteUrls', 'rewriteurls', args)
}
