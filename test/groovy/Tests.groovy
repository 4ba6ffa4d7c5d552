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
['syncfiles', 'dumpdb', 'restoredb', 'rewriteurls'].each {
    Files.createSymbolicLink(new File(fakeBin, it).toPath(), new File(here, 'fake-helper').toPath())
}

Pipeline fakePipeline(File tmp, File repo, File fakeBin, Map fake = [:]) {
    File ws = new File(tmp, 'ws-' + System.nanoTime())
    Pipeline p = new Pipeline(repo, ws)
    p.env.WPSYNC_BIN_DIR = fakeBin.absolutePath
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
    try {
        p.step('syncFiles', [config: 'wpsync.yml', from: 'a', to: 'b', dryrun: true])
        assert false
    } catch (IllegalArgumentException e) {
        assert e.message.contains('unknown argument(s) dryrun') && e.message.contains('dryRun')
    }
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

tests['Jenkinsfile.example syncs production to staging on the sandbox'] = {
    String sandbox = System.getenv('WPSYNC_SANDBOX') ?: '/var/tmp/wpsync-sandbox'
    File agent = new File(sandbox, 'agent')
    assert new File(agent, 'wpsync.yml').exists(): 'the sandbox is not up: make sandbox-up'
    Map<String, String> secrets = [:]
    new File(agent, 'secrets.env').eachLine { String l ->
        def m = l =~ /^export (\w+)='(.*)'$/
        if (m) { secrets[m[0][1]] = m[0][2] }
    }
    File ws = new File(tmp, 'jenkinsfile-ws')
    Pipeline p = new Pipeline(repo, ws)
    // The job's wpsync.yml: keys come from Jenkins credentials, not from the file.
    String yml = new File(agent, 'wpsync.yml').text
            .replace('known_hosts: known_hosts', 'known_hosts: ' + new File(agent, 'known_hosts').absolutePath)
            .replaceAll(/(?m)^\s*key_file: .*\n/, '')
    new File(ws, 'wpsync.yml').text = yml
    p.env.WPSYNC_BIN_DIR = new File(repo, 'bin').absolutePath
    p.env.HOME = tmp.absolutePath
    p.credentials['wpsync-production-ssh'] = [keyFile: new File(agent, 'id_ed25519').absolutePath]
    p.credentials['wpsync-staging-ssh'] = [keyFile: new File(agent, 'id_ed25519').absolutePath]
    p.credentials['wpsync-production-db'] = [username: 'wp', password: secrets.SANDBOX_PRODUCTION_DB_PASSWORD]
    p.credentials['wpsync-staging-db'] = [username: 'wp', password: secrets.SANDBOX_STAGING_DB_PASSWORD]
    p.params.DRY_RUN = false
    p.runJenkinsfile(new File(repo, 'Jenkinsfile.example'))
    assert p.currentBuild.result == 'SUCCESS'
    assert p.called('lock')[0].args.resource == 'wpsync-wpsync-test-staging'
    assert p.called('stage').collect { it.args }.containsAll(['Files production → staging', 'Dump production', 'Rewrite URLs production → staging', 'Restore staging (shadow + swap)'])
    assert p.currentBuild.description.contains('restore:')
    List<String> archived = new File(p.archive, 'wpsync-reports').list()?.toList() ?: []
    assert archived.findAll { it.endsWith('.json') }.size() >= 4: "archived: ${archived}"
    String home = ['mariadb', '--no-defaults', '-S', sandbox + '/staging/mysql/mysqld.sock', '-uroot', '-N', '-e',
                   "SELECT option_value FROM wordpress.wp_options WHERE option_name='home'"].execute().text.trim()
    assert home == 'https://staging.example.test'
    for (String s in p.scripts) {
        assert !s.contains(secrets.SANDBOX_PRODUCTION_DB_PASSWORD) && !s.contains(secrets.SANDBOX_STAGING_DB_PASSWORD)
    }
    assert !new File(ws, 'wpsync-work').exists(): 'the dumps outlived the build'
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
tmp.deleteDir()
println "groovy: ${passed} passed, ${failed} failed"
System.exit(failed ? 1 : 0)
