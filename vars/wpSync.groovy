import io.wpsync.Runner

/**
 * The whole production → staging copy as Jenkins stages: files, dump,
 * URL rewrite of the dump, restore through a shadow database with an
 * atomic swap. Ends with a summary in the build description and the JSON
 * reports archived (see wpSync.txt).
 */
def call(Map args = [:]) {
    List<String> known = ['config', 'from', 'to', 'files', 'database', 'rewrite', 'dryRun', 'delete', 'maxDelete',
                          'allowProtected', 'allowProtectedDatabase', 'approver', 'credentials', 'mirror', 'chown', 'chmod', 'workDir', 'logLevel',
                          'incremental', 'check']
    Runner runner = new Runner(this)
    runner.requireKnown('wpSync', args, known)
    Map a = [from: 'production', to: 'staging', files: true, database: true, rewrite: true, dryRun: false, workDir: 'wpsync-work', incremental: false, check: true] + args
    if (!a.config) {
        error('wpSync: config is missing: give the path of wpsync.yml in the workspace')
    }
    String dbApproval = databaseApproval(runner, a, args)
    Map common = [config: a.config, credentials: a.credentials, logLevel: a.logLevel]
    Map reports = [:]
    List<String> lines = []
    String dump = "${a.workDir}/${a.from}.sql.gz"
    String rewritten = "${a.workDir}/${a.from}-for-${a.to}.sql.gz"
    // What the target looks like if the build stops here: the build
    // description says it on failure too.
    String reached = 'start'
    String filesState = 'files unchanged'
    String dbState = 'database unchanged'
    boolean done = false
    try {
        if (a.files) {
            reached = 'files'
            stage("Files ${a.from} → ${a.to}") {
                Map f = common + [from: a.from, to: a.to, dryRun: a.dryRun, delete: a.delete, allowProtected: a.allowProtected, approver: a.approver]
                for (String k in ['maxDelete', 'mirror', 'chown', 'chmod']) {
                    if (a[k] != null) {
                        f[k] = a[k]
                    }
                }
                reports.files = syncFiles(f)
                if (!a.dryRun) {
                    filesState = 'files updated'
                }
                lines << "files: ${reports.files.summary?.new ?: 0} new, ${reports.files.summary?.changed ?: 0} changed, ${reports.files.summary?.deleted ?: 0} deleted"
            }
        }
        if (a.database) {
            sh(script: 'mkdir -p ' + Runner.quote(a.workDir as String), label: 'wpsync: work directory')
            reached = 'dump'
            stage("Dump ${a.from}") {
                reports.dump = dumpDb(common + [env: a.from, out: dump] + (a.incremental ? [incrementalTo: a.to] : [:]))
                String unchanged = a.incremental ? " (${reports.dump.summary?.unchanged?.size() ?: 0} unchanged since the last sync)" : ''
                lines << "dump: ${reports.dump.summary?.tables} tables, ${reports.dump.summary?.rows} rows${unchanged}"
            }
            String restoreFrom = dump
            if (a.rewrite) {
                reached = 'URL rewrite'
                stage("Rewrite URLs ${a.from} → ${a.to}") {
                    reports.rewrite = rewriteUrls(common + [fromEnv: a.from, toEnv: a.to, input: dump, out: rewritten, dryRun: a.dryRun])
                    lines << "urls: ${reports.rewrite.summary?.replacements} replacements in ${reports.rewrite.summary?.values_changed} values"
                }
                restoreFrom = rewritten
            }
            if (a.dryRun) {
                lines << "database: dry run, ${a.to} not restored"
            } else {
                reached = 'restore'
                stage("Restore ${a.to} (shadow + swap)") {
                    // Without the rewrite the dump keeps the source's URLs: asked for, so allowed.
                    Map r = common + [env: a.to, input: restoreFrom, allowOtherDump: !a.rewrite]
                    if (dbApproval) {
                        r += [allowProtected: true, approver: a.approver, approvalMessage: dbApproval]
                    }
                    reports.restore = restoreDb(r)
                    dbState = 'database swapped in'
                    String rowByRow = reports.restore.summary?.row_by_row ? "; row by row: ${reports.restore.summary.row_by_row.join(', ')}" : ''
                    lines << "restore: ${reports.restore.summary?.rows} rows, swap ${reports.restore.summary?.swap_ms} ms${rowByRow}"
                    if (reports.restore.summary?.backup_dump) {
                        lines << "backup of ${a.to}'s database: ${reports.restore.summary.backup_dump}"
                    }
                }
            }
        }
        if (a.check && !a.dryRun) {
            reached = 'health check'
            stage("Check ${a.to}") {
                reports.check = checkSite([config: a.config, env: a.to, compare: a.from, logLevel: a.logLevel])
                lines << "health: ${reports.check.summary?.pages} pages ok"
            }
        }
        done = true
    } finally {
        if (!done) {
            currentBuild.description = "${a.from} → ${a.to}: FAILED at ${reached}; ${a.to}: ${filesState}, ${dbState}"
        }
        // The dumps hold production data: they never outlive the build.
        sh(script: 'rm -rf ' + Runner.quote(a.workDir as String), label: 'wpsync: remove dumps')
        reports.html = runPage(runner, "wpsync: ${a.from} → ${a.to}")
        archiveArtifacts(artifacts: runner.reportDir() + '/*', allowEmptyArchive: true)
    }
    String summary = "${a.from} → ${a.to}${a.dryRun ? ' (dry run)' : ''}: " + lines.join('; ')
    currentBuild.description = summary
    echo("wpsync: ${summary}")
    reports.summary = summary
    return reports
}

/**
 * The run's HTML page from every report of the build, a failed helper's too
 * (the page shows where it stopped); null when no helper ran.
 */
String runPage(Runner runner, String title) {
    String listing = sh(script: 'ls -1 ' + Runner.quote(runner.reportDir()) + ' 2>/dev/null || true', returnStdout: true, label: 'wpsync: reports')
    List<String> files = Runner.reportsInOrder(runner.reportDir(), listing)
    return files ? runner.renderHtml(files, title) : null
}

/**
 * The approval text for replacing a protected target's database, or null
 * when the target is not protected. A protected environment's database
 * holds what its users made (orders, comments, accounts): it is replaced
 * only when the call says so twice.
 */
String databaseApproval(Runner runner, Map a, Map args) {
    if (!a.database || a.dryRun) {
        return null
    }
    Map target = runner.describe('restoredb', a.config as String, a.to as String)
    if (!target.protected) {
        return null
    }
    if (!(args.database == true && args.allowProtectedDatabase == true)) {
        error("wpSync: '${a.to}' is protected: its database is never replaced by a copy, " +
              'because every order, comment, user and form entry made there since would be lost. ' +
              "Promote tested code with promoteFiles (the database stays), or, to replace ${a.to}'s data on purpose, pass database: true and allowProtectedDatabase: true")
    }
    return "REPLACE THE DATABASE of protected environment '${a.to}' (site ${target.site}) with a copy of '${a.from}'? " +
        "Every order, comment, user and form entry made on ${a.to} since then will be gone. " +
        "A dump of ${a.to}'s current database is kept first (its path is in the build summary), and its previous tables stay for restoreDb rollback."
}
