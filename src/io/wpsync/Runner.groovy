package io.wpsync

import com.cloudbees.groovy.cps.NonCPS

/**
 * The one place where a wpsync step becomes a helper's command line.
 * It validates the step's arguments, builds the argv (quoting each word
 * once, here), binds the Jenkins credentials as environment variables,
 * runs the helper in a single-quoted sh script, maps the exit codes and
 * returns the helper's JSON report.
 */
class Runner implements Serializable {
    private static final long serialVersionUID = 1L

    /** Exit codes of the helpers (see the design). */
    static final int REFUSED = 3

    /** Flags each step accepts: step argument name → helper flag (generated: Flags.groovy). */
    static final Map<String, Map<String, String>> FLAGS = Flags.BY_TOOL

    /** Arguments every step takes besides its flags. */
    static final List<String> COMMON = ['credentials', 'approver', 'approvalMessage', 'approvalTimeoutHours', 'logLevel']

    /** The message for keys of args that are not in known, or null. */
    @NonCPS
    static String unknownKeys(String step, Map args, List<String> known) {
        List<String> unknown = args.keySet().findAll { !(it in known) }.collect { it as String }.sort()
        if (!unknown) {
            return null
        }
        return "${step}: unknown argument(s) ${unknown.join(', ')}; known: ${known.sort().join(', ')}".toString()
    }

    /** The helper's arguments, in the order the step declares its flags. */
    @NonCPS
    static List<String> argv(String tool, Map args) {
        List<String> out = []
        FLAGS[tool].each { String key, String flag ->
            def v = args[key]
            if (v == null || v == false) {
                return
            }
            if (v == true) {
                out << flag
            } else if (v in List) {
                v.each { out << flag; out << (it as String) }
            } else {
                out << flag
                out << (v as String)
            }
        }
        return out
    }

    /** The JSON reports named in an ls of reportDir, in the order they were written (N-step.json). */
    @NonCPS
    static List<String> reportsInOrder(String dir, String listing) {
        return listing.readLines().findAll { it ==~ /\d+-.+\.json/ }
                .sort { it.tokenize('-')[0] as int }
                .collect { "${dir}/${it}".toString() }
    }

    /** POSIX single-quoting: the only shell quoting of the library. */
    @NonCPS
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'"
    }

    @NonCPS
    static String commandLine(List<String> words) {
        return words.collect { quote(it as String) }.join(' ')
    }

    /** Environment-variable name prefix of an env's secrets: WPSYNC_<ENV>_. */
    @NonCPS
    static String varPrefix(String env) {
        return 'WPSYNC_' + env.toUpperCase().replace('-', '_') + '_'
    }

    def steps

    Runner(steps) { this.steps = steps }

    /**
     * One self-contained HTML page for a run's JSON reports, rendered by the
     * helpers, archived with the reports and published with the HTML
     * Publisher plugin when it is installed. Returns the page's path.
     */
    String renderHtml(List<String> reportFiles, String title) {
        String bin = new Binaries(steps).ensure()
        String page = reportDir() + '/wpsync-run.html'
        steps.sh(script: commandLine([bin + '/checksite', '--render-html', page, '--render-from', reportFiles.join(','), '--render-title', title]),
                 label: 'wpsync: HTML report')
        try {
            steps.publishHTML(target: [reportDir: reportDir(), reportFiles: 'wpsync-run.html', reportName: 'wpsync report',
                                       keepAll: true, alwaysLinkToLastBuild: true, allowMissing: false])
        } catch (NoSuchMethodError ignored) {
            steps.echo("wpsync: HTML report ${page} (archived; install the HTML Publisher plugin to see it on the build page)")
        }
        return page
    }

    /** Fails the build with a clear message when args hold a key the step does not know. */
    void requireKnown(String step, Map args, List<String> known) {
        String msg = unknownKeys(step, args, known)
        if (msg) {
            steps.error(msg)
        }
    }

    /** requireKnown for a step that passes its args to one helper. */
    void validate(String step, String tool, Map args) {
        requireKnown(step, args, (FLAGS[tool].keySet() as List<String>) + COMMON)
    }

    /**
     * Credential bindings for credentials: [env: [ssh: id, db: id, dbPassword: id]].
     * ssh: an SSH private key; db: username + password; dbPassword: a secret text;
     * sshAgent: an SSH key (with a passphrase) loaded into an SSH agent instead.
     */
    List<Map> bindings(Map credentials) {
        List<Map> out = []
        for (String env in (credentials ?: [:]).keySet()) {
            out.addAll(bindingsOf(env, credentials[env] as Map))
        }
        return out
    }

    /** The credential IDs to load into an SSH agent (kind sshAgent). */
    List<String> sshAgentIds(Map credentials) {
        List<String> ids = []
        for (String env in (credentials ?: [:]).keySet()) {
            Map kinds = credentials[env] as Map
            if (kinds.sshAgent) {
                ids << (kinds.sshAgent as String)
            }
        }
        return ids
    }

    /** Parses a helper's JSON with the readJSON step (Pipeline Utility Steps): plain Maps and Lists. */
    Map parseJson(String text) {
        return steps.readJSON(text: text, returnPojo: true) as Map
    }

    /** Asks the helper what the config says of an environment (protected?). */
    Map describe(String tool, String config, String env) {
        String bin = new Binaries(steps).ensure()
        String out = steps.sh(script: commandLine([bin + '/' + tool, '--config', config, '--describe-env', env, '--log-format', 'json']),
                returnStdout: true, label: "wpsync: describe ${env}")
        return parseJson(out.trim())
    }

    /**
     * Asks for approval when the target environment is protected and the
     * step was asked to write it; returns true when the run may go on.
     * Without allowProtected the helper itself refuses (exit 3).
     */
    boolean approve(String step, String tool, Map args, String target) {
        if (!args.allowProtected || !target) {
            return true
        }
        Map env = describe(tool, args.config as String, target)
        if (!env.protected) {
            return true
        }
        String msg = args.approvalMessage ?: "${step}: write the PROTECTED environment '${target}' of site ${env.site}?"
        Map question = [message: msg, ok: 'Yes, write ' + target]
        if (args.approver) {
            question.submitter = args.approver
        }
        // an approval nobody gives does not hold the build forever
        steps.timeout(time: (args.approvalTimeoutHours ?: 24) as int, unit: 'HOURS') {
            steps.input(question)
        }
        return true
    }

    /** This build's report folder: reports of earlier builds are not archived again. */
    String reportDir() {
        return "wpsync-reports/${steps.env.BUILD_NUMBER ?: 'local'}"
    }

    /** A new report name in reportDir (a counter in env: sandbox-safe, unique within the build). */
    String nextReport(String step) {
        int seq = ((steps.env.WPSYNC_REPORT_SEQ ?: '0') as int) + 1
        steps.env.WPSYNC_REPORT_SEQ = seq as String
        return "${reportDir()}/${seq}-${step}.json"
    }

    /** Runs tool with the step's args and returns its report. */
    Map run(String step, String tool, Map args) {
        return runTool(step, tool, args, true)
    }

    /** run, with failOnError false: a failed helper's report comes back (exitCode) instead of failing the build. */
    Map runTool(String step, String tool, Map args, boolean failOnError) {
        validate(step, tool, args)
        String bin = new Binaries(steps).ensure()
        String report = nextReport(step)
        // console logs: a person reads the build log; the report is the JSON
        List<String> words = [bin + '/' + tool] + argv(tool, args) + ['--report', report, '--log-format', 'console']
        if (args.logLevel) {
            words += ['--log-level', args.logLevel as String]
        }
        // A single-quoted script: every word above is data, and the secrets
        // are only in the environment withCredentials sets.
        String script = 'mkdir -p ' + quote(reportDir()) + ' && ' + commandLine(words)
        int rc = 0
        Closure helper = {
            steps.withCredentials(bindings(args.credentials as Map)) {
                rc = steps.sh(script: script, returnStatus: true, label: "wpsync: ${tool}")
            }
        }
        // Keys with a passphrase go through an SSH agent (SSH Agent plugin):
        // the helper and rsync's ssh both use it; no key file, no passphrase.
        List<String> agentKeys = sshAgentIds(args.credentials as Map)
        if (agentKeys) {
            steps.sshagent(agentKeys) { helper() }
        } else {
            helper()
        }
        Map result = [:]
        if (steps.fileExists(report)) {
            result = parseJson(steps.readFile(file: report, encoding: 'UTF-8'))
        }
        // The full details (every file, every column) stay in the archived
        // report file: a pipeline keeps its locals in its saved state.
        result.remove('details')
        result.exitCode = rc
        result.reportFile = report
        if (!failOnError) {
            return result
        }
        if (rc == REFUSED) {
            steps.error("wpsync ${step} refused: ${result.error ?: 'a safety rule stopped it'}")
        } else if (rc != 0) {
            steps.error("wpsync ${step} failed (exit ${rc}): ${result.error ?: 'see the log above'}")
        }
        return result
    }

    /** The bindings of one environment's credential IDs. */
    private List<Map> bindingsOf(String env, Map ids) {
        // for loops and the error step: this runs in the script-security
        // sandbox of a folder-level library too (no Java exceptions there)
        String p = varPrefix(env)
        List<Map> out = []
        for (String kind in ids.keySet()) {
            String id = ids[kind] as String
            switch (kind) {
                case 'ssh':
                    out << [$class: 'SSHUserPrivateKeyBinding', credentialsId: id, keyFileVariable: p + 'SSH_KEY_FILE', passphraseVariable: p + 'SSH_KEY_PASSPHRASE']
                    break
                case 'db':
                    out << [$class: 'UsernamePasswordMultiBinding', credentialsId: id, usernameVariable: p + 'DB_USER', passwordVariable: p + 'DB_PASSWORD']
                    break
                case 'dbPassword':
                    out << [$class: 'StringBinding', credentialsId: id, variable: p + 'DB_PASSWORD']
                    break
                case 'sshAgent':
                    break // loaded into an SSH agent by run(), see sshAgentIds
                default:
                    steps.error("credentials.${env}: unknown kind '${kind}'; use ssh, sshAgent (a key with a passphrase), db (username + password) or dbPassword (secret text)")
            }
        }
        return out
    }
}
