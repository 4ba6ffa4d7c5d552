/**
 * A small Jenkins pipeline harness for the wpsync library on plain Groovy
 * 2.4 (the version inside Jenkins). It loads vars/ and src/ the way
 * Jenkins does, records every step call, and really runs `sh` scripts.
 * Credentials bind environment variables as withCredentials does.
 * Declarative pipelines (pipeline { ... }) are interpreted far enough to
 * run Jenkinsfile.example: parameters, environment, options (recorded),
 * stages, steps, script, post.
 *
 * Strict where the library depends on it, as Jenkins is: every node gets a
 * workspace of its own (checkout scm fills it from the job's), `sh` runs
 * `sh -xe` on a script file with an agent's environment (not the test's),
 * the build log masks every bound secret, `input` enforces its submitter
 * and throws on abort, catchError lets interruptions through when told to,
 * and a build result only gets worse.
 *
 * Not covered: the CPS transformation and the script-security sandbox.
 */
class Pipeline {
    File lib
    File workspace
    File archive
    File stashes
    Map<String, String> env = [:]
    Map params = [:]
    List<Map> calls = []
    List<String> scripts = []
    Map<String, Map> credentials = [:]
    Closure inputHandler = { Map a -> true }
    /** Library resources a test replaces (path → text), e.g. a release's checksums.txt. */
    Map<String, String> resources = [:]
    Map currentBuild = [description: null, result: 'SUCCESS']
    /** The build log, as Jenkins shows it: echo, sh output and its -x trace, secrets masked. */
    StringBuilder log = new StringBuilder()
    /** Who answers an input: the user name (inputHandler may return a name, true for 'admin', false to abort). */
    File jobWorkspace
    int nodes = 0
    Binding binding = new Binding()
    GroovyShell shell
    Map<String, Script> vars = [:]
    private Map<String, String> bound = [:]
    /** Values credentials-binding masks in the log: passwords, secret texts, passphrases, user names. */
    private Set<String> masked = [] as Set

    Pipeline(File lib, File workspace) {
        this.lib = lib
        this.workspace = workspace
        workspace.mkdirs()
        jobWorkspace = workspace
        archive = new File(workspace, '../archive-' + workspace.name)
        stashes = new File(workspace, '../stash-' + workspace.name)
        env.WORKSPACE = workspace.absolutePath
        env.JOB_NAME = 'wpsync-test'
        env.BUILD_NUMBER = '1'
        GroovyClassLoader loader = new GroovyClassLoader(this.class.classLoader)
        loader.addClasspath(new File(lib, 'src').absolutePath)
        shell = new GroovyShell(loader, binding)
        defineSteps()
        new File(lib, 'vars').eachFileMatch(~/.*\.groovy/) { File f ->
            String name = f.name - '.groovy'
            Script s = shell.parse(f)
            s.binding = binding
            vars[name] = s
            binding.setVariable(name, { Object[] a -> record(name, a.length ? a[0] : null); s.invokeMethod('call', a) })
        }
    }

    void record(String step, Object args) { calls << [step: step, args: args] }

    List<Map> called(String step) { calls.findAll { it.step == step } }

    static class StepError extends RuntimeException {
        StepError(String m) { super(m) }
    }

    /** An abort (input aborted, build stopped): Jenkins' FlowInterruptedException. */
    static class Aborted extends StepError {
        Aborted(String m) { super(m) }
    }

    /** Appends to the build log with every bound secret masked, as credentials-binding does. */
    void logLine(String text) {
        String masked = text
        this.masked.findAll { it }.sort { -it.length() }.each { String secret -> masked = masked.replace(secret, '****') }
        log.append(masked)
        print masked
    }

    /** Results only get worse (SUCCESS < UNSTABLE < FAILURE < ABORTED). */
    void worsen(String result) {
        List<String> order = ['SUCCESS', 'UNSTABLE', 'FAILURE', 'ABORTED']
        if (order.indexOf(result) > order.indexOf(currentBuild.result as String)) {
            currentBuild.result = result
        }
    }

    /** Whether the HTML Publisher plugin is "installed" (publishHTML exists). */
    boolean htmlPublisher = false

    private void defineSteps() {
        binding.setVariable('env', env)
        binding.setVariable('params', params)
        binding.setVariable('currentBuild', currentBuild)
        binding.setVariable('echo', { String m -> record('echo', m); logLine("[echo] $m\n") })
        binding.setVariable('error', { String m -> record('error', m); throw new StepError(m) })
        // Jenkins without the HTML Publisher plugin has no such step: calling it
        // throws NoSuchMethodError, as here unless a test installs it.
        binding.setVariable('publishHTML', { Map a ->
            if (!htmlPublisher) {
                throw new NoSuchMethodError("No such DSL method 'publishHTML' found among steps")
            }
            record('publishHTML', a)
        })
        binding.setVariable('stage', { String name, Closure body -> record('stage', name); body() })
        binding.setVariable('script', { Closure body -> body() })
        binding.setVariable('timestamps', { Closure body -> body() })
        binding.setVariable('timeout', { Map a, Closure body -> record('timeout', a); body() })
        binding.setVariable('lock', { Object a, Closure body -> record('lock', a); body() })
        binding.setVariable('input', { Map a ->
            record('input', a)
            calls[-1].onNode = workspace != jobWorkspace // an approval should not hold an executor
            def answer = inputHandler(a)
            if (answer == false || answer == null) {
                throw new Aborted('Aborted by the approver')
            }
            String user = answer == true ? 'admin' : answer as String
            List<String> allowed = a.submitter ? (a.submitter as String).split(',')*.trim() : []
            if (allowed && !(user in allowed) && user != 'admin') {
                throw new Aborted("${user} may not approve this (submitter: ${a.submitter})")
            }
            return a.parameters ? [:] : null
        })
        binding.setVariable('pwd', { -> workspace.absolutePath })
        binding.setVariable('libraryResource', { String p -> resources.containsKey(p) ? resources[p] : new File(lib, 'resources/' + p).text })
        binding.setVariable('isUnix', { -> true })
        // Pipeline Utility Steps' readJSON with returnPojo: plain Maps and Lists
        binding.setVariable('readJSON', { Map a ->
            record('readJSON', a.file)
            new groovy.json.JsonSlurperClassic().parseText(a.text != null ? a.text as String : file(a.file as String).text)
        })
        binding.setVariable('writeFile', { Map a -> record('writeFile', a.file); File f = file(a.file); f.parentFile.mkdirs(); f.text = a.text })
        binding.setVariable('readFile', { Object a -> file(a instanceof Map ? a.file : a).text })
        binding.setVariable('fileExists', { String p -> file(p).exists() })
        binding.setVariable('archiveArtifacts', { Map a ->
            record('archiveArtifacts', a)
            archive.mkdirs()
            String glob = a.artifacts
            new AntBuilder().copy(todir: archive.absolutePath, failonerror: false) { fileset(dir: workspace.absolutePath, includes: glob) }
        })
        binding.setVariable('stash', { Map a ->
            record('stash', a)
            File to = new File(stashes, a.name as String)
            to.mkdirs()
            new AntBuilder().copy(todir: to.absolutePath) { fileset(dir: workspace.absolutePath, includes: a.includes) }
        })
        binding.setVariable('unstash', { String name ->
            record('unstash', name)
            new AntBuilder().copy(todir: workspace.absolutePath) { fileset(dir: new File(stashes, name).absolutePath) }
        })
        binding.setVariable('withCredentials', { List bindings, Closure body ->
            record('withCredentials', bindings)
            Map<String, String> add = [:]
            bindings.each { Map b ->
                Map c = credentials[b.credentialsId as String]
                if (c == null) {
                    throw new StepError("credential ${b.credentialsId} not found")
                }
                switch (b['$class']) {
                    case 'SSHUserPrivateKeyBinding':
                        add[b.keyFileVariable] = c.keyFile
                        if (b.passphraseVariable && c.passphrase) { add[b.passphraseVariable] = c.passphrase; masked << (c.passphrase as String) }
                        break
                    case 'UsernamePasswordMultiBinding':
                        add[b.usernameVariable] = c.username
                        add[b.passwordVariable] = c.password
                        masked << (c.password as String)
                        break
                    case 'StringBinding':
                        add[b.variable] = c.secret
                        masked << (c.secret as String)
                        break
                    default:
                        throw new StepError("unknown binding ${b['$class']}")
                }
            }
            bound.putAll(add)
            try {
                body()
            } finally {
                add.keySet().each { bound.remove(it) }
            }
        })
        // SSH Agent plugin: a real ssh-agent holding the keys, SSH_AUTH_SOCK set for the body
        binding.setVariable('sshagent', { List ids, Closure body ->
            record('sshagent', ids)
            Process agent = ['ssh-agent', '-s'].execute()
            String out = agent.text
            agent.waitFor()
            String sock = (out =~ /SSH_AUTH_SOCK=([^;]+);/)[0][1]
            String pid = (out =~ /SSH_AGENT_PID=(\d+);/)[0][1]
            try {
                ids.each { String id ->
                    Map c = credentials[id]
                    if (c == null) {
                        throw new StepError("credential ${id} not found")
                    }
                    File askpass = File.createTempFile('askpass', '.sh')
                    askpass.text = "#!/bin/sh\necho '${(c.passphrase ?: '').replace("'", "'\\''")}'\n"
                    askpass.setExecutable(true)
                    ProcessBuilder pb = new ProcessBuilder('ssh-add', c.keyFile as String)
                    pb.environment().putAll([SSH_AUTH_SOCK: sock, SSH_ASKPASS: askpass.absolutePath, SSH_ASKPASS_REQUIRE: 'force', DISPLAY: 'none'])
                    pb.redirectErrorStream(true)
                    Process add = pb.start()
                    add.outputStream.close()
                    String said = add.inputStream.text
                    int rc = add.waitFor()
                    askpass.delete()
                    if (rc != 0) {
                        throw new StepError("ssh-add ${id}: ${said}")
                    }
                }
                bound.SSH_AUTH_SOCK = sock
                body()
            } finally {
                bound.remove('SSH_AUTH_SOCK')
                ['kill', pid].execute().waitFor()
            }
        })
        binding.setVariable('sh', { Object a -> sh(a instanceof Map ? a : [script: a]) })
        binding.setVariable('scm', [kind: 'scm'])
        // checkout scm: the job's files into this node's workspace
        binding.setVariable('checkout', { Object a ->
            record('checkout', a)
            if (workspace != jobWorkspace) {
                new AntBuilder().copy(todir: workspace.absolutePath) { fileset(dir: jobWorkspace.absolutePath, excludes: 'wpsync-reports/**') }
            }
        })
        // every node has a workspace of its own, as on separate agents
        binding.setVariable('node', { Object[] a ->
            record('node', a.length > 1 ? a[0] : null)
            File saved = workspace
            workspace = new File(jobWorkspace.parentFile, jobWorkspace.name + '-node' + (++nodes))
            workspace.mkdirs()
            env.WORKSPACE = workspace.absolutePath
            try {
                (a[-1] as Closure)()
            } finally {
                workspace = saved
                env.WORKSPACE = saved.absolutePath
            }
        })
        binding.setVariable('parallel', { Map branches ->
            record('parallel', branches.keySet() as List)
            List<Throwable> failures = []
            branches.each { String name, Closure body ->
                try {
                    body()
                } catch (Throwable t) {
                    failures << t
                }
            }
            if (failures) {
                throw failures[0]
            }
        })
        binding.setVariable('catchError', { Map a, Closure body ->
            record('catchError', a)
            try {
                body()
            } catch (Aborted e) {
                if (a.catchInterruptions == false) {
                    throw e
                }
                logLine("[catchError] ${e.message}\n")
                worsen('ABORTED')
            } catch (Exception e) {
                logLine("[catchError] ${e.message}\n")
                worsen(a.buildResult as String ?: 'FAILURE')
            }
        })
    }

    File file(String p) { p.startsWith('/') ? new File(p) : new File(workspace, p) }

    /**
     * Runs a script as Jenkins' sh step does: written to a file in
     * WORKSPACE@tmp and run with `sh -xe`, in the workspace, with the
     * agent's environment (PATH, HOME, the pipeline's env and bound
     * credentials; nothing of the test's own environment). Its stderr, the
     * -x trace included, goes to the build log, masked.
     */
    Object sh(Map a) {
        record('sh', a)
        scripts << (a.script as String)
        File tmpDir = new File(workspace.absolutePath + '@tmp')
        tmpDir.mkdirs()
        File script = File.createTempFile('durable-', '.sh', tmpDir)
        script.text = a.script as String
        ProcessBuilder pb = new ProcessBuilder('/bin/sh', '-xe', script.absolutePath).directory(workspace)
        Map<String, String> e = pb.environment()
        e.clear()
        e.PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
        e.HOME = System.getProperty('user.home')
        e.LANG = 'C.UTF-8'
        e.putAll(env.findAll { k, v -> v != null }.collectEntries { k, v -> [k, v as String] })
        e.putAll(bound)
        Process p = pb.start()
        p.outputStream.close()
        StringBuilder err = new StringBuilder()
        Thread errReader = Thread.start { err.append(p.errorStream.getText('UTF-8')) }
        String out = p.inputStream.getText('UTF-8')
        int rc = p.waitFor()
        errReader.join()
        script.delete()
        logLine(err.toString())
        if (!a.returnStdout) {
            logLine(out)
        }
        if (a.returnStatus) {
            return rc
        }
        if (rc != 0) {
            throw new StepError("script returned exit code ${rc}")
        }
        return a.returnStdout ? out : null
    }

    /** Runs a vars step. */
    Object step(String name, Map args) {
        binding.getVariable(name).call(args)
    }

    /** Runs a Jenkinsfile: its @Library line is dropped (the harness is the library). */
    void runJenkinsfile(File f) {
        String text = f.text.replaceAll(/(?m)^@Library\(.*$/, '')
        binding.setVariable('pipeline', { Closure body -> new Declarative(this).run(body) })
        shell.evaluate(text)
    }
}

/**
 * Just enough of Declarative Pipeline to run Jenkinsfile.example. Each DSL
 * level is a small class without property fallbacks, so names it does
 * not know (params, env, steps) resolve to the Jenkinsfile script.
 */
class Declarative {
    Pipeline p
    List<Closure> stageBodies = []
    Map<String, Closure> post = [:]

    Declarative(Pipeline p) { this.p = p }

    static void with(Object delegate, Closure c) {
        c.delegate = delegate
        c.resolveStrategy = Closure.DELEGATE_FIRST
        c()
    }

    void run(Closure body) {
        with(this, body)
        Throwable failure = null
        try {
            stageBodies.each { it() }
        } catch (Throwable t) {
            failure = t
            p.currentBuild.result = 'FAILURE'
        }
        if (post.always) { post.always() }
        if (failure == null && post.success) { post.success() }
        if (failure != null && post.failure) { post.failure() }
        if (failure != null) { throw failure }
    }

    void agent(Object a) {}
    String getAny() { return "any" }
    String getNone() { return "none" }
    void parameters(Closure c) { with(new ParamsDsl(p), c) }
    void options(Closure c) { with(new Recorder(p, 'option'), c) }
    void environment(Closure c) { with(new EnvSetter(p), c) }
    void stages(Closure c) { with(new StagesDsl(this), c) }
    void post(Closure c) { with(new PostDsl(this), c) }
}

class ParamsDsl {
    Pipeline p
    ParamsDsl(Pipeline p) { this.p = p }
    private void set(String name, Object value) { if (!p.params.containsKey(name)) { p.params[name] = value } }
    void choice(Map a) { set(a.name as String, a.choices[0]) }
    void booleanParam(Map a) { set(a.name as String, a.defaultValue) }
    void string(Map a) { set(a.name as String, a.defaultValue) }
}

class StagesDsl {
    Declarative d
    StagesDsl(Declarative d) { this.d = d }
    void stage(String name, Closure body) {
        d.stageBodies << {
            StageDsl st = new StageDsl(d.p)
            Declarative.with(st, body)
            if (!st.skipped) {
                d.p.record('stage', name)
                st.run()
            }
        }
    }
}

/** A stage: when (expression), agent (a node of its own, with checkout scm), options (recorded), steps. */
class StageDsl {
    Pipeline p
    boolean skipped = false
    Object label = null
    Closure body = null
    StageDsl(Pipeline p) { this.p = p }
    void when(Closure c) { Declarative.with(new WhenDsl(this), c) }
    void agent(Closure c) { Declarative.with(new AgentDsl(this), c) }
    void options(Closure c) { Declarative.with(new Recorder(p, 'option'), c) }
    void steps(Closure c) { body = c }
    void run() {
        if (body == null) {
            return
        }
        if (label == null) {
            body()
            return
        }
        p.binding.getVariable('node').call(label, {
            p.binding.getVariable('checkout').call(p.binding.getVariable('scm'))
            body()
        })
    }
}

class WhenDsl {
    StageDsl s
    WhenDsl(StageDsl s) { this.s = s }
    void expression(Closure c) { if (!c()) { s.skipped = true } }
}

class AgentDsl {
    StageDsl s
    AgentDsl(StageDsl s) { this.s = s }
    void label(String l) { s.label = l }
}

class PostDsl {
    Declarative d
    PostDsl(Declarative d) { this.d = d }
    void always(Closure c) { d.post.always = c }
    void success(Closure c) { d.post.success = c }
    void failure(Closure c) { d.post.failure = c }
}

class Recorder {
    Pipeline p
    String kind
    Recorder(Pipeline p, String kind) { this.p = p; this.kind = kind }
    def methodMissing(String name, args) { p.record(kind, [name: name, args: args]); [name: name, args: args] }
}

class EnvSetter {
    Pipeline p
    EnvSetter(Pipeline p) { this.p = p }
    void setProperty(String name, Object value) { p.env[name] = value as String }
}
