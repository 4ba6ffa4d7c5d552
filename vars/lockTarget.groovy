import io.wpsync.Runner

/**
 * Runs body holding the one lock of a site's environment, named
 * wpsync-<site>-<target> with the site as wpsync.yml names it, so that every
 * job and example that writes that environment waits for the others
 * (see lockTarget.txt). Needs an agent: the site is read by the helper.
 */
def call(Map args, Closure body) {
    Runner runner = new Runner(this)
    runner.requireKnown('lockTarget', args, ['config', 'target'])
    if (!args.config || !args.target) {
        error('lockTarget: config and target are required')
    }
    Map env = runner.describe('syncfiles', args.config as String, args.target as String)
    lock(resource: "wpsync-${env.site}-${env.name}") {
        body()
    }
}
