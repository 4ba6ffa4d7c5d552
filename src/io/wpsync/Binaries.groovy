package io.wpsync

/**
 * Gets the helper binaries that match the library version onto the
 * current agent: WPSYNC_BIN_DIR, the agent's cache (~/.cache/wpsync/bin/VERSION,
 * kept between builds), PATH, go install, or the checked release archive.
 * The search order lives in resources/io/wpsync/provision.sh.
 */
class Binaries implements Serializable {
    private static final long serialVersionUID = 1L

    def steps

    Binaries(steps) { this.steps = steps }

    String version() {
        return steps.libraryResource('io/wpsync/version.txt').trim()
    }

    /** Returns the absolute directory holding the helpers on this agent. */
    String ensure() {
        if (!steps.isUnix()) {
            steps.error('wpsync: the helpers run on Linux agents only: run this step on a Linux agent (agent { label \'linux\' })')
        }
        steps.writeFile(file: '.wpsync/provision.sh', text: steps.libraryResource('io/wpsync/provision.sh'), encoding: 'UTF-8')
        steps.writeFile(file: '.wpsync/checksums.txt', text: steps.libraryResource('io/wpsync/checksums.txt'), encoding: 'UTF-8')
        return steps.sh(script: 'sh .wpsync/provision.sh ' + Runner.commandLine([version(), '.wpsync/checksums.txt']),
                returnStdout: true, label: 'wpsync: helpers').trim()
    }
}
