// The library's tests, run by test/groovy/run on Groovy 2.4.21.
// Unit tests use a fake helper (fake-helper); the last test runs
// Jenkinsfile.example with the real helpers against the sandbox.
import java.nio.file.Files

File repo = new File(args[0])
File here = new File(repo, 'test/groovy')
File tmp = Files.createTempDirectory('wpsync-groovy').toFile()

// A bin directory whose four helpers are the fake.
File fakeBin = new File(tmp, 'fakebin')
fakeBin.mkdirs()
['syncfiles', 'dumpdb', 'restoredb', 'rewriteurls', 'checksite'].each {
    Files.createSymbolicLink(new File(fakeBin, it).toPath(), new File(here, 'fake-helper').toPath())
}

Pipeline fakePipeline(File tmp, File repo, File fakeBin, Map fake = [:]) {
    File ws = new File(tmp, 'ws-' + System.nanoTime())
    Pipeline p = new Pipeline(repo, ws)
    p.env.WPSYNC_BIN_DIR = fakeBin.absolutePath
    p.env.HOME = new File(ws, 'home').absolutePath // an agent cache of its own
    p.env.FAKE_LOG = new File(ws, 'fake.log').absolutePath
    fake.each { k, v -> p.env[k as String] = v as String }
    return p
}

/** What the fake helper recorded: a list of runs, each [tool:, args: [], env: [:]]. */
List<Map> fakeRuns(Pipeline p) {
    File log = new File(p.env.FAKE_LOG)
    if (!log.exists()) {
        return []
    }
    List<Map> runs = []
    log.getText('UTF-8').split('\u0000').each { String item ->
        if (item.startsWith('TOOL ')) {
            runs << [tool: item.substring(5), args: [], env: [:]]
        } else if (item.startsWith('ARG ')) {
            runs[-1].args << item.substring(4)
        } else if (item.startsWith('ENV ')) {
            String kv = item.substring(4)
            runs[-1].env[kv.substring(0, kv.indexOf('='))] = kv.substring(kv.indexOf('=') + 1)
        }
    }
    return runs
}

def expectError(String contains, Closure body) {
    try {
        body()
    } catch (Pipeline.StepError e) {
        assert e.message.contains(contains): "error '${e.message}' does not contain '${contains}'"
        return e
    }
    assert false: "expected an error containing '${contains}'"
}

Map tests = [:]

tests['hostile arguments reach the helper unchanged'] = {
    Pipeline p = fakePipeline(tmp, repo, fakeBin)
    String config = "it's \"q\" \$(touch pwned) `id` ;\nnew line"
    p.step('syncFiles', [config: config, from: '-leading-dash', to: 'ünï ✓ env', mirror: 'a b\tc', dryRun: true, maxDelete: 7])
    List<Map> runs = fakeRuns(p)
    assert runs.size() == 1
    List args = runs[0].args
    int r = args.indexOf('--report')
    assert args[0..<r] == ['--config', config, '--from', '-leading-dash', '--to', 'ünï ✓ env', '--dry-run', '--max-delete', '7', '--mirror', 'a b\tc']
    assert !new File(p.workspace, 'pwned').exists()
}

tests['secrets arrive as environment variables, never in a script'] = {
    Pipeline p = fakePipeline(tmp, repo, fakeBin)
    p.credentials['prod-ssh'] = [keyFile: '/tmp/wpsync-key-file', passphrase: 'Key-Passphrase-42']
    p.credentials['prod-db'] = [username: 'wp', password: "S3cr3t-'\"-db"]
    p.credentials['stage-db'] = [secret: 'Stage-Secret-Text-9']
    p.step('dumpDb', [config: 'wpsync.yml', env: 'production', out: 'p.sql.gz', credentials: [production: [ssh: 'prod-ssh', db: 'prod-db'], staging: [dbPassword: 'stage-db']]])
    Map env = fakeRuns(p)[0].env
    assert env.WPSYNC_PRODUCTION_DB_PASSWORD == "S3cr3t-'\"-db"
    assert env.WPSYNC_PRODUCTION_DB_USER == 'wp'
    assert env.WPSYNC_PRODUCTION_SSH_KEY_FILE == '/tmp/wpsync-key-file'
    assert env.WPSYNC_PRODUCTION_SSH_KEY_PASSPHRASE == 'Key-Passphrase-42'
    assert env.WPSYNC_STAGING_DB_PASSWORD == 'Stage-Secret-Text-9'
    for (String s in p.scripts) {
        assert !s.contains('S3cr3t') && !s.contains('Key-Passphrase') && !s.contains('Stage-Secret'): "a script holds a secret: ${s}"
    }
}

tests['a protected target without approval never runs the helper'] = {
    Pipeline p = fakePipeline(tmp, repo, fakeBin, [FAKE_PROTECTED: 'true'])
    p.inputHandler = { Map a -> false }
    expectError('Aborted') {
        p.step('syncFiles', [config: 'wpsync.yml', from: 'staging', to: 'production', allowProtected: true, approver: 'release-managers'])
    }
    assert p.called('input').size() == 1 && p.called('input')[0].args.submitter == 'release-managers'
    assert fakeRuns(p).isEmpty()
    // Approved: the helper runs with --allow-protected.
    p.inputHandler = { Map a -> true }
    p.step('restoreDb', [config: 'wpsync.yml', env: 'production', input: 'd.sql', allowProtected: true])
    assert fakeRuns(p)[0].args.contains('--allow-protected')
}

tests['an unprotected target needs no approval'] = {
    Pipeline p = fakePipeline(tmp, repo, fakeBin, [FAKE_PROTECTED: 'false'])
    p.step('restoreDb', [config: 'wpsync.yml', env: 'staging', input: 'd.sql', allowProtected: true])
    assert p.called('input').isEmpty()
    assert fakeRuns(p).size() == 1
}

tests['exit 3 fails the build with the helper\'s own message'] = {
    Pipeline p = fakePipeline(tmp, repo, fakeBin, [FAKE_EXIT: '3', FAKE_ERROR: 'environment production is protected: nothing was written'])
    expectError('wpsync syncFiles refused: environment production is protected: nothing was written') {
        p.step('syncFiles', [config: 'wpsync.yml', from: 'staging', to: 'production'])
    }
    Pipeline q = fakePipeline(tmp, repo, fakeBin, [FAKE_EXIT: '1', FAKE_ERROR: 'dump of production failed'])
    expectError('wpsync dumpDb failed (exit 1): dump of production failed') {
        q.step('dumpDb', [config: 'wpsync.yml', env: 'production', out: 'x.sql'])
    }
}

tests['unknown arguments are named with the known ones'] = {
    Pipeline p = fakePipeline(tmp, repo, fakeBin)
    Throwable e = expectError('syncFiles: unknown argument(s) dryrun') { p.step('syncFiles', [config: 'wpsync.yml', from: 'a', to: 'b', dryrun: true]) }
    assert e.message.contains('dryRun')
    expectError('wpSync: unknown argument(s) source') { p.step('wpSync', [config: 'x', source: 'production']) }
}

tests['steps return the helper report'] = {
    Pipeline p = fakePipeline(tmp, repo, fakeBin)
    Map r = p.step('dumpDb', [config: 'wpsync.yml', env: 'production', out: 'x.sql'])
    assert r.status == 'ok' && r.summary.rows == 7 && r.exitCode == 0
}

tests['helpers of another version are not used'] = {
    Pipeline p = fakePipeline(tmp, repo, fakeBin, [FAKE_VERSION: '9.9.9', PATH: '/usr/bin:/bin'])
    expectError('script returned exit code 2') {
        p.step('dumpDb', [config: 'wpsync.yml', env: 'production', out: 'x.sql'])
    }
    assert fakeRuns(p).isEmpty()
}

String sandboxDir() { System.getenv('WPSYNC_SANDBOX') ?: '/var/tmp/wpsync-sandbox' }

Map sandboxSecrets() {
    Map<String, String> secrets = [:]
    new File(sandboxDir(), 'agent/secrets.env').eachLine { String l ->
        def m = l =~ /^export (\w+)='(.*)'$/
        if (m) { secrets[m[0][1]] = m[0][2] }
    }
    return secrets
}

/** A pipeline whose workspace holds the sandbox's wpsync.yml, keys coming from Jenkins credentials. */
Pipeline sandboxPipeline(File tmp, File repo, String name, Closure edit = { it }) {
    File agent = new File(sandboxDir(), 'agent')
    assert new File(agent, 'wpsync.yml').exists(): 'the sandbox is not up: make sandbox-up'
    Map secrets = sandboxSecrets()
    File ws = new File(tmp, name)
    Pipeline p = new Pipeline(repo, ws)
    String yml = new File(agent, 'wpsync.yml').text
            .replace('known_hosts: known_hosts', 'known_hosts: ' + new File(agent, 'known_hosts').absolutePath)
            .replaceAll(/(?m)^\s*key_file: .*\n/, '')
    new File(ws, 'wpsync.yml').text = edit(yml)
    p.env.WPSYNC_BIN_DIR = new File(repo, 'bin').absolutePath
    p.env.HOME = tmp.absolutePath
    p.env.BUILD_URL = 'https://jenkins.example.test/job/wpsync/7/'
    p.credentials['wpsync-production-ssh'] = [keyFile: new File(agent, 'id_ed25519').absolutePath]
    p.credentials['wpsync-staging-ssh'] = [keyFile: new File(agent, 'id_ed25519').absolutePath]
    p.credentials['wpsync-production-db'] = [username: 'wp', password: secrets.SANDBOX_PRODUCTION_DB_PASSWORD]
    p.credentials['wpsync-staging-db'] = [username: 'wp', password: secrets.SANDBOX_STAGING_DB_PASSWORD]
    return p
}

Map sandboxCredentials = [production: [ssh: 'wpsync-production-ssh', db: 'wpsync-production-db'], staging: [ssh: 'wpsync-staging-ssh', db: 'wpsync-staging-db']]

String run(String cmd) {
    Process pr = ['bash', '-c', cmd].execute()
    String out = pr.text
    assert pr.waitFor() == 0: "${cmd} failed: ${pr.err.text}"
    return out.trim()
}

void writeAs(String host, String rel, String content) {
    File f = new File(sandboxDir(), host + '/www/' + rel)
    f.parentFile.mkdirs()
    f.text = content
    run("chown -R ${host == 'production' ? 'wpsync-prod' : 'wpsync-stage'}: ${sandboxDir()}/${host}/www")
}

tests['Jenkinsfile.example syncs production to staging on the sandbox'] = {
    Map secrets = sandboxSecrets()
    Pipeline p = sandboxPipeline(tmp, repo, 'jenkinsfile-ws')
    p.params.DRY_RUN = false
    p.htmlPublisher = true
    p.runJenkinsfile(new File(repo, 'Jenkinsfile.example'))
    assert p.currentBuild.result == 'SUCCESS'
    assert p.called('publishHTML')[0]?.args?.target?.reportFiles == 'wpsync-run.html'
    assert p.called('lock')[0].args.resource == 'wpsync-sandbox-staging'
    assert p.called('stage').collect { it.args }.containsAll(['Files production → staging', 'Dump production', 'Rewrite URLs production → staging', 'Restore staging (shadow + swap)'])
    assert p.currentBuild.description.contains('restore:')
    List<String> archived = new File(p.archive, 'wpsync-reports/' + p.env.BUILD_NUMBER).list()?.toList() ?: []
    assert archived.findAll { it.endsWith('.json') }.size() >= 4: "archived: ${archived}"
    assert archived.contains('wpsync-run.html'): "archived: ${archived}"
    String home = run("mariadb --no-defaults -S ${sandboxDir()}/staging/mysql/mysqld.sock -uroot -N -e \"SELECT option_value FROM wordpress.wp_options WHERE option_name='home'\"")
    assert home == 'https://staging.example.test'
    for (String s in p.scripts) {
        assert !s.contains(secrets.SANDBOX_PRODUCTION_DB_PASSWORD) && !s.contains(secrets.SANDBOX_STAGING_DB_PASSWORD)
    }
    assert !new File(p.workspace, 'wpsync-work').exists(): 'the dumps outlived the build'
}

tests['snapshotToGit commits production, names version bumps, skips no-ops, refuses secrets'] = {
    File bare = new File(tmp, 'site.git')
    run("git init --quiet --bare ${bare}")
    writeAs('production', 'wp-content/plugins/snapshot-demo/snapshot-demo.php', "<?php\n/*\nPlugin Name: Snapshot Demo\nVersion: 1.0\n*/\n")
    Pipeline p = sandboxPipeline(tmp, repo, 'snapshot-ws')
    Map args = [config: 'wpsync.yml', repo: bare.absolutePath, credentials: sandboxCredentials]
    Closure commits = { run("git --git-dir=${bare} rev-list --count main 2>/dev/null || echo 0") as int }
    Map first = p.step('snapshotToGit', args)
    assert first.commit && commits() == 1
    List<String> files = run("git --git-dir=${bare} ls-tree -r --name-only main").readLines()
    assert files.contains('wp-includes/version.php') && files.contains('wp-content/plugins/snapshot-demo/snapshot-demo.php')
    // the docroot's own wp-config.php and .htaccess stay out; uploads never come
    assert !files.contains('wp-config.php') && !files.any { it.startsWith('wp-content/uploads/') } && !files.contains('.htaccess')

    writeAs('production', 'wp-content/plugins/snapshot-demo/snapshot-demo.php', "<?php\n/*\nPlugin Name: Snapshot Demo\nVersion: 1.1\n*/\n")
    Map second = p.step('snapshotToGit', args)
    assert second.commit && commits() == 2
    String msg = run("git --git-dir=${bare} log -1 --format=%B main")
    assert msg.contains('plugin Snapshot Demo (snapshot-demo) 1.0 → 1.1'): msg
    assert msg.contains('Build: https://jenkins.example.test/job/wpsync/7/') && msg.contains('Source: production')

    Map third = p.step('snapshotToGit', args)
    assert third.commit == null && commits() == 2

    writeAs('production', '.env', 'DB_PASSWORD=x')
    try {
        expectError('look like secrets and must not be committed: .env') { p.step('snapshotToGit', args) }
        assert commits() == 2
    } finally {
        new File(sandboxDir(), 'production/www/.env').delete()
    }
}

tests['promoteFiles previews, asks with the preview linked, promotes code and rolls back'] = {
    writeAs('staging', 'wp-content/plugins/promote-demo/promote-demo.php', "<?php\n/*\nPlugin Name: Promote Demo\nVersion: 2.0\n*/\n")
    File target = new File(sandboxDir(), 'production/www/wp-content/plugins/promote-demo/promote-demo.php')
    target.delete()
    Pipeline p = sandboxPipeline(tmp, repo, 'promote-ws')
    Map questions = [:]
    p.inputHandler = { Map a -> questions[a.message] = a.submitter; true }
    Map r = p.step('promoteFiles', [config: 'wpsync.yml', approver: 'release-managers', credentials: sandboxCredentials])
    assert target.text.contains('Version: 2.0')
    String q = questions.keySet().find { it.startsWith('Promote code staging → production') }
    assert q && q.contains('Preview: https://jenkins.example.test/job/wpsync/7/artifact/wpsync-reports/1/') && q.contains('-promoteFiles.json') && questions[q] == 'release-managers'
    assert p.called('archiveArtifacts').size() == 1
    assert r.result.summary.backup
    // The one-command rollback (it writes production, so it asks again).
    p.step('syncFiles', [config: 'wpsync.yml', to: 'production', allowProtected: true, rollback: 'latest', credentials: sandboxCredentials])
    assert !target.exists()
}

tests['promoteFiles rolls a promotion back when production became unhealthy'] = {
    // An update that breaks PHP on every page, tested on staging by nobody.
    String rel = 'wp-content/mu-plugins/wpsync-test-broken-update.php'
    writeAs('staging', rel, "<?php\nadd_action('template_redirect', function () { undefined_function_from_a_broken_update(); });\n")
    File onProduction = new File(sandboxDir(), 'production/www/' + rel)
    try {
        Pipeline p = sandboxPipeline(tmp, repo, 'promote-broken-ws')
        p.inputHandler = { Map a -> true }
        expectError('production became unhealthy after the promotion') {
            p.step('promoteFiles', [config: 'wpsync.yml', credentials: sandboxCredentials])
        }
        assert !onProduction.exists(): 'the broken file is still on production'
        assert p.called('sh').any { it.args.label == 'wpsync: checksite' }
        String home = run("curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:28081/")
        assert home == '200': "production's home page after the rollback: ${home}"
    } finally {
        new File(sandboxDir(), 'staging/www/' + rel).delete()
        onProduction.delete()
    }
}

tests['Jenkinsfile.many-sites.example syncs two sandbox sites in parallel; a broken one does not stop them'] = {
    String sb = sandboxDir()
    // Site B: its own databases on both hosts and its own staging docroot.
    run("""set -e
        mariadb --no-defaults -S ${sb}/production/mysql/mysqld.sock -uroot -e 'DROP DATABASE IF EXISTS wordpress_wpsync_siteb; CREATE DATABASE wordpress_wpsync_siteb'
        mariadb-dump --no-defaults -S ${sb}/production/mysql/mysqld.sock -uroot wordpress | mariadb --no-defaults -S ${sb}/production/mysql/mysqld.sock -uroot wordpress_wpsync_siteb
        mariadb --no-defaults -S ${sb}/staging/mysql/mysqld.sock -uroot -e 'CREATE DATABASE IF NOT EXISTS wordpress_wpsync_siteb'
        mkdir -p ${sb}/staging/www-b && cp ${sb}/staging/www/wp-config.php ${sb}/staging/www-b/ && chown -R wpsync-stage: ${sb}/staging/www-b""")
    Pipeline p = sandboxPipeline(tmp, repo, 'many-ws')
    File ws = p.workspace
    String base = new File(ws, 'wpsync.yml').text
    new File(ws, 'sites/example').mkdirs()
    new File(ws, 'sites/example/wpsync.yml').text = base
    new File(ws, 'sites/shop').mkdirs()
    new File(ws, 'sites/shop/wpsync.yml').text = base.replace('site: sandbox', 'site: sandbox-b').replace('name: wordpress\n', 'name: wordpress_wpsync_siteb\n')
            .replace(sb + '/staging/www\n', sb + '/staging/www-b\n')
    // A third, broken site: its database does not exist.
    new File(ws, 'sites/broken').mkdirs()
    new File(ws, 'sites/broken/wpsync.yml').text = base.replace('site: sandbox', 'site: broken').replace('name: wordpress\n', 'name: wordpress_wpsync_nosuch\n')
    ['example', 'shop', 'broken'].each { String s ->
        ['production', 'staging'].each { String e -> ['ssh', 'db'].each { String k -> p.credentials["${s}-${e == 'production' ? 'prod' : 'staging'}-${k}".toString()] = p.credentials["wpsync-${e}-${k}".toString()] } }
    }
    String jf = new File(repo, 'Jenkinsfile.many-sites.example').text.replace("""    [name: 'shop', config: 'sites/shop/wpsync.yml',""", """    [name: 'broken', config: 'sites/broken/wpsync.yml',
     credentials: [production: [ssh: 'broken-prod-ssh', db: 'broken-prod-db'], staging: [ssh: 'broken-staging-ssh', db: 'broken-staging-db']]],
    [name: 'shop', config: 'sites/shop/wpsync.yml',""")
    File copy = new File(ws, 'Jenkinsfile.many')
    copy.text = jf
    p.params.DRY_RUN = false
    p.runJenkinsfile(copy)
    assert p.called('parallel')[0].args == ['example', 'broken', 'shop']
    assert p.called('lock').collect { it.args.resource } == ['wpsync-sandbox-staging', 'wpsync-broken-staging', 'wpsync-sandbox-b-staging']
    assert p.currentBuild.result == 'UNSTABLE'
    assert p.currentBuild.description == '2 of 3 sites synced'
    String homeB = run("mariadb --no-defaults -S ${sb}/staging/mysql/mysqld.sock -uroot -N -e \"SELECT option_value FROM wordpress_wpsync_siteb.wp_options WHERE option_name='home'\"")
    assert homeB == 'https://staging.example.test'
    assert new File(sb, 'staging/www-b/wp-includes/version.php').exists()
}

// The host's WordPress data: every table's checksum, wp_options without
// WordPress's transients (caches any page view rewrites: WordPress 6.1
// keeps its global styles in one for 60 seconds, so a health check's page
// views would otherwise change "the data").
String checksums(String host) {
    String sock = "${sandboxDir()}/${host}/mysql/mysqld.sock"
    String q = "SELECT GROUP_CONCAT(CONCAT(CHAR(96), TABLE_NAME, CHAR(96)) ORDER BY TABLE_NAME) FROM information_schema.TABLES WHERE TABLE_SCHEMA='wordpress' AND TABLE_NAME LIKE 'wp%' AND TABLE_NAME <> 'wp_options'"
    String tables = run("mariadb --no-defaults -S ${sock} -uroot -N -e \"${q}\"")
    String options = "SET SESSION group_concat_max_len = 1073741824; SELECT MD5(GROUP_CONCAT(CONCAT(CONCAT_WS(CHAR(0), option_id, option_name, option_value, autoload), CHAR(1)) ORDER BY option_id SEPARATOR '')) FROM wp_options WHERE option_name NOT LIKE '|_transient|_%' ESCAPE '|' AND option_name NOT LIKE '|_site|_transient|_%' ESCAPE '|'"
    return run("mariadb --no-defaults -S ${sock} -uroot -N wordpress -e 'CHECKSUM TABLE ${tables} EXTENDED'") + '\nwp_options ' +
        run("mariadb --no-defaults -S ${sock} -uroot -N wordpress -e \"${options}\"")
}

tests['the example job with TARGET production promotes code only; production keeps its data'] = {
    writeAs('staging', 'wp-content/plugins/job-promote/job-promote.php', "<?php\n/*\nPlugin Name: Job Promote\nVersion: 3.0\n*/\n")
    File target = new File(sandboxDir(), 'production/www/wp-content/plugins/job-promote/job-promote.php')
    target.delete()
    String before = checksums('production')
    Pipeline p = sandboxPipeline(tmp, repo, 'job-production-ws')
    List<String> asked = []
    p.inputHandler = { Map a -> asked << a.message; true }
    p.params.SOURCE = 'staging'
    p.params.TARGET = 'production'
    p.params.DRY_RUN = false
    p.runJenkinsfile(new File(repo, 'Jenkinsfile.example'))
    assert p.currentBuild.result == 'SUCCESS'
    assert target.text.contains('Version: 3.0')
    assert checksums('production') == before: "production's tables changed"
    assert asked.size() == 1 && asked[0].startsWith('Promote code staging → production')
    // asked outside any agent and before the lock, with a timeout around it
    List<String> order = p.calls.findAll { it.step in ['input', 'lock', 'timeout'] }*.step
    assert !p.called('input')[0].onNode && order.indexOf('input') < order.indexOf('lock') && order.indexOf('timeout') < order.indexOf('input')
    assert p.called('lock')[0].args.resource == 'wpsync-sandbox-production'
    assert !p.called('stage').collect { it.args }.any { it.startsWith('Restore') || it.startsWith('Dump') }
    target.parentFile.deleteDir()
}

tests['wpSync(incremental: true) copies only what changed and says so'] = {
    Pipeline p = sandboxPipeline(tmp, repo, 'incremental-ws')
    Map args = [config: 'wpsync.yml', from: 'production', to: 'staging', files: false, incremental: true, check: false, credentials: sandboxCredentials]
    p.step('wpSync', args)
    Map again = p.step('wpSync', args)
    List unchanged = again.dump.summary.unchanged
    assert unchanged.contains('wp_posts') && !again.dump.summary.copied_because: "second run: ${again.dump.summary}"
    assert again.summary.contains("(${unchanged.size()} unchanged since the last sync)"): again.summary
    String home = run("mariadb --no-defaults -S ${sandboxDir()}/staging/mysql/mysqld.sock -uroot -N -e \"SELECT option_value FROM wordpress.wp_options WHERE option_name='home'\"")
    assert home == 'https://staging.example.test'
}

tests['wpSync never replaces a protected database unless the call says so twice'] = {
    String before = checksums('production')
    Pipeline p = sandboxPipeline(tmp, repo, 'push-refused-ws')
    expectError("wpSync: 'production' is protected: its database is never replaced by a copy") {
        p.step('wpSync', [config: 'wpsync.yml', from: 'staging', to: 'production', files: false, allowProtected: true, credentials: sandboxCredentials])
    }
    expectError('allowProtectedDatabase: true') {
        p.step('wpSync', [config: 'wpsync.yml', from: 'staging', to: 'production', files: false, database: true, credentials: sandboxCredentials])
    }
    assert checksums('production') == before
}

tests['an explicit database push asks in words, keeps a backup dump, and can be undone'] = {
    String before = checksums('production')
    Pipeline p = sandboxPipeline(tmp, repo, 'push-ws')
    List<Map> asked = []
    p.inputHandler = { Map a -> asked << a; true }
    Map r = p.step('wpSync', [config: 'wpsync.yml', from: 'staging', to: 'production', files: false, database: true, allowProtectedDatabase: true,
                              approver: 'release-managers', credentials: sandboxCredentials])
    assert asked.size() == 1
    assert asked[0].message.startsWith("REPLACE THE DATABASE of protected environment 'production'") && asked[0].message.contains('order, comment, user and form entry')
    assert asked[0].submitter == 'release-managers'
    String backup = r.restore.summary.backup_dump
    assert backup && new File(backup).length() > 1000: "no backup dump: ${r.restore.summary}"
    assert r.summary.contains(backup)
    assert checksums('production') != before
    // Undo with the swap's backup tables; production is as it was.
    p.step('restoreDb', [config: 'wpsync.yml', env: 'production', rollback: true, allowProtected: true, credentials: sandboxCredentials])
    assert checksums('production') == before
    new File(backup).delete()
}

tests['a guard switch left in the environment stops the step'] = {
    String before = checksums('production')
    Pipeline p = sandboxPipeline(tmp, repo, 'guard-env-ws')
    p.env.WPSYNC_ALLOW_PROTECTED = 'true'
    expectError('WPSYNC_ALLOW_PROTECTED is set in the environment') {
        p.step('restoreDb', [config: 'wpsync.yml', env: 'production', input: 'nothing.sql', credentials: sandboxCredentials])
    }
    assert checksums('production') == before
}

tests['snapshotToGit pushes over SSH only to a Git host whose key it knows'] = {
    String sb = sandboxDir()
    // The Git host: the sandbox's staging sshd (127.0.0.1:22202), a bare repository in its user's home.
    run("set -e; h=\$(getent passwd wpsync-stage | cut -d: -f6); rm -rf \$h/site.git; git init --quiet --bare \$h/site.git; chown -R wpsync-stage: \$h/site.git")
    String home = run("getent passwd wpsync-stage | cut -d: -f6")
    String url = "ssh://wpsync-stage@127.0.0.1:22202${home}/site.git"
    Pipeline p = sandboxPipeline(tmp, repo, 'snapshot-ssh-ws')
    p.credentials['git-key'] = [keyFile: new File(sb, 'agent/id_ed25519').absolutePath]
    Map args = [config: 'wpsync.yml', repo: url, gitCredentials: 'git-key', credentials: sandboxCredentials]
    // A new agent: no known_hosts for the Git host. Checking stays on; the clone fails.
    expectError('script returned exit code') { p.step('snapshotToGit', args) }
    new File(p.workspace, 'git_known_hosts').text = run("grep '^\\[127.0.0.1\\]:22202 ' ${sb}/agent/known_hosts") + '\n'
    Map r = p.step('snapshotToGit', args + [gitKnownHosts: 'git_known_hosts'])
    assert r.commit && run("git --git-dir=${home}/site.git rev-parse main") == r.commit
    run("rm -rf ${home}/site.git")
}

tests['bound secrets are masked in the build log; the helper command line is traced'] = {
    Pipeline p = fakePipeline(tmp, repo, fakeBin, [FAKE_PRINT_ENV: 'WPSYNC_PRODUCTION_DB_PASSWORD'])
    p.credentials['prod-db'] = [username: 'wp', password: 'Log-Secret-77']
    p.step('dumpDb', [config: 'wpsync.yml', env: 'production', out: 'p.sql', credentials: [production: [db: 'prod-db']]])
    String log = p.log.toString()
    assert log.contains('+ ') && log.contains('/dumpdb') : 'sh -x traces the command line'
    assert !log.contains('Log-Secret-77') && log.contains('helper saw ****')
}

tests['an aborted approval stops the step; catchError lets an abort through when told to'] = {
    String before = checksums('production')
    Pipeline p = sandboxPipeline(tmp, repo, 'abort-ws')
    p.inputHandler = { Map a -> false }
    try {
        p.step('promoteFiles', [config: 'wpsync.yml', approver: 'release-managers', credentials: sandboxCredentials])
        assert false : 'the promotion ran without approval'
    } catch (Pipeline.Aborted e) {
        assert e.message.contains('Aborted')
    }
    // someone outside the submitter list cannot approve
    p.inputHandler = { Map a -> 'mallory' }
    try {
        p.step('promoteFiles', [config: 'wpsync.yml', approver: 'release-managers', credentials: sandboxCredentials])
        assert false : 'mallory approved'
    } catch (Pipeline.Aborted e) {
        assert e.message.contains('mallory may not approve')
    }
    assert checksums('production') == before
    p.inputHandler = { Map a -> false }
    try {
        p.binding.getVariable('catchError').call([buildResult: 'UNSTABLE', catchInterruptions: false]) {
            p.step('promoteFiles', [config: 'wpsync.yml', credentials: sandboxCredentials])
        }
        assert false : 'catchError swallowed the abort'
    } catch (Pipeline.Aborted e) {
        assert p.currentBuild.result == 'SUCCESS'
    }
}

tests['a key with a passphrase works through an SSH agent (sshAgent credentials)'] = {
    String sb = sandboxDir()
    File enc = new File(tmp, 'enc_key')
    run("cp ${sb}/agent/id_ed25519 ${enc} && chmod 600 ${enc} && ssh-keygen -q -p -P '' -N 'Agent-Pass-9' -f ${enc}")
    Pipeline p = sandboxPipeline(tmp, repo, 'sshagent-ws')
    p.credentials['enc-key'] = [keyFile: enc.absolutePath, passphrase: 'Agent-Pass-9']
    Map creds = [production: [sshAgent: 'enc-key', db: 'wpsync-production-db'], staging: [sshAgent: 'enc-key', db: 'wpsync-staging-db']]
    Map r = p.step('syncFiles', [config: 'wpsync.yml', from: 'production', to: 'staging', dryRun: true, credentials: creds])
    assert r.status == 'dry-run' && p.called('sshagent')
    assert !p.log.toString().contains('Agent-Pass-9')
    // the same key bound as a key file: the rsync leg cannot use its passphrase, and says what to do
    p.credentials['enc-file'] = [keyFile: enc.absolutePath, passphrase: 'Agent-Pass-9']
    expectError('credentials kind sshAgent') {
        p.step('syncFiles', [config: 'wpsync.yml', from: 'production', to: 'staging', dryRun: true,
                             credentials: [production: [ssh: 'enc-file'], staging: [ssh: 'enc-file']]])
    }
}

tests['a failed sync says in the build description where it stopped and what the target looks like'] = {
    Pipeline p = sandboxPipeline(tmp, repo, 'failed-desc-ws', { String y -> y.replace('name: wordpress\n', 'name: wordpress_wpsync_nosuch\n') })
    expectError('wpsync dumpDb failed') {
        p.step('wpSync', [config: 'wpsync.yml', credentials: sandboxCredentials])
    }
    assert p.currentBuild.description == 'production → staging: FAILED at dump; staging: files updated, database unchanged'
    // The run's page shows the failed stage too.
    String page = new File(p.archive, 'wpsync-reports/' + p.env.BUILD_NUMBER + '/wpsync-run.html').text
    assert page.contains('<td>dumpdb</td><td class="failed">failed</td>') && page.contains('<td>syncfiles</td>')
}

tests['every step argument is documented on its help page'] = {
    Map tools = [syncFiles: 'syncfiles', dumpDb: 'dumpdb', restoreDb: 'restoredb', rewriteUrls: 'rewriteurls', checkSite: 'checksite']
    List<String> missing = []
    tools.each { String step, String tool ->
        String txt = new File(repo, "vars/${step}.txt").text
        // dumpDb and checkSite never write: they ask no approval
        List<String> args = (io.wpsync.Runner.FLAGS[tool].keySet() as List) + io.wpsync.Runner.COMMON.findAll { !(step in ['dumpDb', 'checkSite']) || !it.startsWith('approv') }
        missing += args.findAll { !txt.contains("<code>${it}</code>") }.collect { "${step}.${it}" }
    }
    ['wpSync', 'promoteFiles', 'snapshotToGit', 'lockTarget'].each { String step ->
        String groovy = new File(repo, "vars/${step}.groovy").text
        String txt = new File(repo, "vars/${step}.txt").text
        def m = groovy =~ /(?s)known = (\[.*?\])/
        List<String> known = m ? Eval.me(m[0][1].replaceAll(/\s+/, ' ')) as List<String> : []
        if (step == 'lockTarget') {
            known = ['config', 'target']
        }
        missing += known.findAll { !txt.contains("<code>${it}</code>") }.collect { "${step}.${it}" }
    }
    assert missing.isEmpty() : "undocumented step arguments: ${missing}"
}

// ---- Provisioning on an agent without WPSYNC_BIN_DIR (resources/io/wpsync/provision.sh)

String libVersion(File repo) { new File(repo, 'resources/io/wpsync/version.txt').text.trim() }

/** The agent's directory of helpers, as a step gets it. */
String provision(Pipeline p) {
    return p.shell.evaluate('new io.wpsync.Binaries(this).ensure()') as String
}

/** An agent with nothing installed: its own HOME (cache), no Go, no helpers on PATH. */
Pipeline bareAgent(File tmp, File repo, String name) {
    File ws = new File(tmp, name)
    Pipeline p = new Pipeline(repo, ws)
    p.env.HOME = new File(ws, 'home').absolutePath
    p.env.PATH = '/usr/bin:/bin'
    return p
}

/** `make release` into tmp, served as $base/vVERSION/ASSET by PHP's server; built once. */
Map releaseServer(File tmp, File repo) {
    File dir = new File(tmp, 'release')
    if (!new File(dir, 'checksums.txt').exists()) {
        run("make -s -C ${repo} release DIST=${dir}/dist CHECKSUMS=${dir}/checksums.txt >&2")
        String v = libVersion(repo)
        run("set -e; for s in good tampered; do mkdir -p ${dir}/\$s/v${v}; cp ${dir}/dist/*.tar.gz ${dir}/\$s/v${v}/; done")
        // one byte changed in every archive of the tampered site
        run("for f in ${dir}/tampered/v${v}/*.tar.gz; do printf 'X' | dd of=\$f bs=1 seek=100 conv=notrunc 2>/dev/null; done")
        run("cd ${dir} && (setsid php -S 127.0.0.1:28093 -t ${dir} >/dev/null 2>&1 & echo \$! > ${dir}/server.pid)")
        run("for i in \$(seq 1 100); do curl -fs -o /dev/null http://127.0.0.1:28093/checksums.txt && exit 0; sleep 0.1; done; exit 1")
    }
    return [checksums: new File(dir, 'checksums.txt').text, good: 'http://127.0.0.1:28093/good', tampered: 'http://127.0.0.1:28093/tampered']
}

tests['provisioning: helpers found on PATH'] = {
    Pipeline p = bareAgent(tmp, repo, 'prov-path')
    p.env.PATH = new File(repo, 'bin').absolutePath + ':/usr/bin:/bin'
    assert provision(p) == new File(repo, 'bin').canonicalPath
}

tests['provisioning: go install through a module proxy'] = {
    Pipeline p = bareAgent(tmp, repo, 'prov-go')
    String v = libVersion(repo)
    // A file-based module proxy holding this checkout as github.com/wpsync/wpsync@vVERSION;
    // its dependencies come from the local module cache (itself a file proxy).
    File proxy = new File(tmp, 'goproxy/github.com/wpsync/wpsync/@v')
    proxy.mkdirs()
    new File(proxy, 'list').text = "v${v}\n"
    new File(proxy, "v${v}.info").text = """{"Version":"v${v}","Time":"2026-01-01T00:00:00Z"}"""
    new File(proxy, "v${v}.mod").text = new File(repo, 'go.mod').text
    new java.util.zip.ZipOutputStream(new FileOutputStream(new File(proxy, "v${v}.zip"))).withStream { zip ->
        run("git -C ${repo} ls-files --cached --others --exclude-standard").readLines().findAll { !it.startsWith('.') && !it.startsWith('test/') }.each { String f ->
            zip.putNextEntry(new java.util.zip.ZipEntry("github.com/wpsync/wpsync@v${v}/${f}"))
            zip << new File(repo, f).bytes
            zip.closeEntry()
        }
    }
    String goroot = run('go env GOROOT')
    p.env.PATH = goroot + '/bin:/usr/bin:/bin'
    p.env.GOPROXY = "file://${tmp}/goproxy,file://${run('go env GOMODCACHE')}/cache/download"
    p.env.GOMODCACHE = new File(tmp, 'gomodcache').absolutePath
    p.env.GOSUMDB = 'off' // this test's module is not in the checksum database
    p.env.GOFLAGS = '-modcacherw'
    p.env.GOTOOLCHAIN = 'local'
    String dir = provision(p)
    assert dir == new File(p.env.HOME, ".cache/wpsync/bin/${v}").canonicalPath
    assert run("${dir}/restoredb --version").contains("version ${v} ")
}

tests['provisioning: the release archive downloaded and checked; a tampered one refused'] = {
    Map rel = releaseServer(tmp, repo)
    Pipeline p = bareAgent(tmp, repo, 'prov-download')
    p.resources['io/wpsync/checksums.txt'] = rel.checksums
    p.env.WPSYNC_RELEASE_URL = rel.good
    String dir = provision(p)
    assert dir == new File(p.env.HOME, ".cache/wpsync/bin/${libVersion(repo)}").canonicalPath
    assert provision(p) == dir : 'the second build uses the cache'
    Pipeline q = bareAgent(tmp, repo, 'prov-tampered')
    q.resources['io/wpsync/checksums.txt'] = rel.checksums
    q.env.WPSYNC_RELEASE_URL = rel.tampered
    expectError('script returned exit code 2') { provision(q) }
    assert !new File(q.env.HOME, ".cache/wpsync/bin/${libVersion(repo)}").exists()
}

tests['Jenkinsfile.example runs with helpers downloaded from a release server'] = {
    Map rel = releaseServer(tmp, repo)
    Pipeline p = sandboxPipeline(tmp, repo, 'jenkinsfile-download-ws')
    p.env.remove('WPSYNC_BIN_DIR')
    p.env.PATH = '/usr/bin:/bin'
    p.env.HOME = new File(p.workspace, 'home').absolutePath
    p.resources['io/wpsync/checksums.txt'] = rel.checksums
    p.env.WPSYNC_RELEASE_URL = rel.good
    p.params.DRY_RUN = false
    p.runJenkinsfile(new File(repo, 'Jenkinsfile.example'))
    assert p.currentBuild.result == 'SUCCESS'
    assert p.currentBuild.description.contains('restore:')
}

int passed = 0
int failed = 0
tests.each { String name, Closure body ->
    try {
        body()
        println "ok   ${name}"
        passed++
    } catch (Throwable t) {
        println "FAIL ${name}: ${t}"
        t.stackTrace.findAll { it.fileName?.endsWith('.groovy') }.take(6).each { println "       at ${it}" }
        failed++
    }
}
File serverPid = new File(tmp, 'release/server.pid')
if (serverPid.exists()) { run("kill -- -\$(cat ${serverPid}) 2>/dev/null || kill \$(cat ${serverPid}) || true") }
tmp.deleteDir()
println "groovy: ${passed} passed, ${failed} failed"
System.exit(failed ? 1 : 0)
