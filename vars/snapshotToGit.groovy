import io.wpsync.Git
import io.wpsync.Runner

/**
 * Commits an environment's code to the site's Git repository (see
 * snapshotToGit.txt): mirror → working tree → commit only when something
 * changed, with a changelog of plugin, theme and core versions → push.
 */
def call(Map args = [:]) {
    List<String> known = ['config', 'env', 'repo', 'branch', 'credentials', 'gitCredentials', 'gitKnownHosts', 'mirror', 'workDir', 'authorName', 'authorEmail', 'push', 'logLevel']
    new Runner(this).requireKnown('snapshotToGit', args, known)
    Map a = [env: 'production', branch: 'main', workDir: 'wpsync-snapshot', push: true, authorName: 'wpsync', authorEmail: 'wpsync@localhost'] + args
    if (!a.config || !a.repo) {
        error('snapshotToGit: config and repo are required')
    }
    String worktree = pwd() + '/' + a.workDir
    String message = pwd() + '/wpsync-reports/snapshot-message.txt'
    String knownHosts = a.gitKnownHosts ? (a.gitKnownHosts.toString().startsWith('/') ? a.gitKnownHosts : pwd() + '/' + a.gitKnownHosts) : null
    Git git = new Git(this, worktree, a.gitCredentials as String, knownHosts as String)
    git.checkout(a.repo as String, a.branch as String)
    Map sync = [config: a.config, from: a.env, snapshot: worktree, changelog: message, credentials: a.credentials, logLevel: a.logLevel]
    if (a.mirror) {
        sync.mirror = a.mirror
    }
    if (env.BUILD_URL) {
        sync.build = env.BUILD_URL
    }
    Map report = new Runner(this).run('snapshotToGit', 'syncfiles', sync)
    String commit = git.commitAll(message, a.authorName as String, a.authorEmail as String)
    if (commit && a.push) {
        git.push(a.branch as String)
    }
    report.commit = commit
    echo(commit ? "wpsync: committed ${commit} to ${a.branch}" : 'wpsync: no change, nothing committed')
    return report
}
