import io.wpsync.Runner

/**
 * Promotes tested code from staging to production (see promoteFiles.txt):
 * a dry-run preview archived and linked in the approval, then the sync
 * with a backup on production and a one-command rollback. What is applied is
 * exactly the approved preview: a staging that changed since is refused.
 * Never the database; never the files listed in files.staging_only.
 *
 * phase 'preview' and phase 'apply' split it, so that a pipeline asks for the
 * approval outside any agent and lock (see Jenkinsfile.example).
 */
def call(Map args = [:]) {
    List<String> known = ['config', 'from', 'to', 'delete', 'maxDelete', 'approver', 'credentials', 'mirror', 'chown', 'chmod', 'logLevel',
                          'phase', 'plan', 'approvalTimeoutHours', 'check']
    new Runner(this).requireKnown('promoteFiles', args, known)
    Map a = [from: 'staging', to: 'production', delete: false, phase: 'all', approvalTimeoutHours: 24, check: true] + args
    if (!(a.phase in ['all', 'preview', 'apply'])) {
        error("promoteFiles: phase '${a.phase}': use preview, apply (with plan) or leave it out for both with the approval between")
    }
    Map sync = [config: a.config, from: a.from, to: a.to, delete: a.delete, credentials: a.credentials, logLevel: a.logLevel]
    for (String k in ['maxDelete', 'mirror', 'chown', 'chmod']) {
        if (a[k] != null) {
            sync[k] = a[k]
        }
    }
    Runner runner = new Runner(this)
    if (a.phase == 'apply') {
        if (!a.plan) {
            error('promoteFiles: phase apply needs plan: the path the preview phase returned (stash it between the stages)')
        }
        Map applied = runner.run('promoteFiles', 'syncfiles', sync + [allowProtected: true, plan: a.plan])
        return [result: applied, check: checkOrRollBack(runner, a, applied)]
    }
    // The preview saves a plan (its changes and the checksums of the files to
    // send); the promotion applies exactly that plan, or nothing.
    String plan = runner.nextReport('promoteFiles-plan')
    Map preview = runner.run('promoteFiles', 'syncfiles', sync + [dryRun: true, savePlan: plan])
    archiveArtifacts(artifacts: preview.reportFile, allowEmptyArchive: false)
    String link = env.BUILD_URL ? "${env.BUILD_URL}artifact/${preview.reportFile}" : preview.reportFile
    Map s = preview.summary ?: [:]
    Map question = [message: "Promote code ${a.from} → ${a.to}: ${s.new} new, ${s.changed} changed, ${s.deleted} deleted files. Preview: ${link}",
                 ok: "Promote to ${a.to}"]
    if (a.approver) {
        question.submitter = a.approver
    }
    if (a.phase == 'preview') {
        return [preview: preview, plan: plan, question: question]
    }
    timeout(time: a.approvalTimeoutHours, unit: 'HOURS') {
        input(question)
    }
    Map result = runner.run('promoteFiles', 'syncfiles', sync + [allowProtected: true, plan: plan])
    return [preview: preview, result: result, check: checkOrRollBack(runner, a, result)]
}

/**
 * After a promotion: checkSite on the target; when it became unhealthy,
 * this promotion's own backup is restored at once (syncfiles --rollback
 * NAME) and the build fails naming the pages. A promotion that changed
 * nothing made no backup: an unhealthy target then fails the build without
 * a rollback (an older backup is not this promotion's to restore). Empty
 * when check is false.
 */
Map checkOrRollBack(Runner runner, Map a, Map promotion) {
    if (!a.check) {
        return [:]
    }
    Map check = runner.runTool('promoteFiles', 'checksite', [config: a.config, env: a.to, logLevel: a.logLevel], false)
    if (check.exitCode == 0) {
        return check
    }
    String backup = promotion.summary?.backup as String
    if (!backup) {
        error("promoteFiles: ${a.to} is unhealthy (${check.error ?: 'see the check above'}), and this promotion changed nothing: " +
              'nothing to roll back; the cause is elsewhere')
    }
    runner.run('promoteFiles', 'syncfiles', [config: a.config, to: a.to, credentials: a.credentials, logLevel: a.logLevel,
                                              allowProtected: true, rollback: backup.tokenize('/').last()])
    error("promoteFiles: ${a.to} became unhealthy after the promotion (${check.error ?: 'see the check above'}): " +
          "the promotion was rolled back from its backup (${backup}); ${a.to} has its previous files again")
    return check
}
