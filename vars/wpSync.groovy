import io.wpsync.Runner

/**
 * The whole production → staging copy as Jenkins stages: files, dump,
 * URL rewrite of the dump, restore through a shadow database with an
 * atomic swap. Ends with a summary in the build description and the JSON
 * reports archived (see wpSync.txt).
 */
def call(Map args = [:]) {
    List<String> known = ['config', 'from', 'to', 'files', 'database', 'rewrite', 'dryRun', 'delete', 'maxDelete',
                          'allowProtected', 'approver', 'credentials', 'mirror', 'chown', 'chmod', 'workDir']
    new Runner(this).requireKnown('wpSync', args, known)
    Map a = [from: 'production', to: 'staging', files: true, database: true, rewrite: true, dryRun: false, workDir: 'wpsync-work'] + args
    if (!a.config) {
        error('wpSync: config is missing: give the path of wpsync.yml in the workspace')
    }
    Map common = [config: a.config, credentials: a.credentials]
    Map reports = [:]
    List<String> lines = []
    String dump = "${a.workDir}/${a.from}.sql.gz"
    String rewritten = "${a.workDir}/${a.from}-for-${a.to}.sql.gz"
    try {
        if (a.files) {
            stage("Files ${a.from} → ${a.to}") {
                Map f = common + [from: a.from, to: a.to, dryRun: a.dryRun, delete: a.delete, allowProtected: a.allowProtected, approver: a.approver]
                for (String k in ['maxDelete', 'mirror', 'chown', 'chmod']) {
                    if (a[k] != null) {
                        f[k] = a[k]
                    }
                }
                reports.files = syncFiles(f)
                lines << "files: ${reports.files.summary?.new ?: 0} new, ${reports.files.summary?.changed ?: 0} changed, ${reports.files.summary?.deleted ?: 0} deleted"
            }
        }
        if (a.database) {
            sh(script: 'mkdir -p ' + Runner.quote(a.workDir as String), label: 'wpsync: work directory')
            stage("Dump ${a.from}") {
                reports.dump = dumpDb(common + [env: a.from, out: dump])
                lines << "dump: ${reports.dump.summary?.tables} tables, ${reports.dump.summary?.rows} rows"
            }
            String restoreFrom = dump
            if (a.rewrite) {
                stage("Rewrite URLs ${a.from} → ${a.to}") {
                    reports.rewrite = rewriteUrls(common + [fromEnv: a.from, toEnv: a.to, input: dump, out: rewritten, dryRun: a.dryRun])
                    lines << "urls: ${reports.rewrite.summary?.replacements} replacements in ${reports.rewrite.summary?.values_changed} values"
                }
                restoreFrom = rewritten
            }
            if (a.dryRun) {
                lines << "database: dry run, ${a.to} not restored"
            } else {
                stage("Restore ${a.to} (shadow + swap)") {
                    reports.restore = restoreDb(common + [env: a.to, input: restoreFrom, allowProtected: a.allowProtected, approver: a.approver])
                    lines << "restore: ${reports.restore.summary?.rows} rows, swap ${reports.restore.summary?.swap_ms} ms"
                }
            }
        }
    } finally {
        // The dumps hold production data: they never outlive the build.
        sh(script: 'rm -rf ' + Runner.quote(a.workDir as String), label: 'wpsync: remove dumps')
        archiveArtifacts(artifacts: 'wpsync-reports/*.json', allowEmptyArchive: true)
    }
    String summary = "${a.from} → ${a.to}${a.dryRun ? ' (dry run)' : ''}: " + lines.join('; ')
    currentBuild.description = summary
    echo("wpsync: ${summary}")
    reports.summary = summary
    return reports
}
