package io.wpsync

/**
 * Gets the helper binaries that match the library version onto the
 * current agent, and stashes them so other nodes of the build reuse them.
 * The search order lives in resources/io/wpsync/provision.sh.
 */
class Binaries implements Serializable {
    private static final long serialVersionUID = 1L
    static final String STASH = 'wpsync-helpers'
    static final String DEST = '.wpsync/bin'

    def steps

    Binaries(steps) { this.steps = steps }

    String version() {
        return steps.libraryResource('io/wpsync/version.txt').trim()
    }

    /** Returns the directory holding the helpers on this agent. */
    String ensure() {
        if (steps.env.WPSYNC_HELPERS_STASHED == 'true' && !steps.fileExists(DEST + '/syncfiles')) {
            steps.unstash(STASH)
        }
        steps.writeFile(file: '.wpsync/provision.sh', text: steps.libraryResource('io/wpsync/provision.sh'))
        steps.writeFile(file: '.wpsync/checksums.txt', text: steps.libraryResource('io/wpsync/checksums.txt'))
        String dir = steps.sh(script: 'sh .wpsync/provision.sh ' + Runner.commandLine([version(), DEST, '.wpsync/checksums.txt']),
                returnStdout: true, label: 'wpsync: helpers').trim()
        if (dir == DEST && steps.env.WPSYNC_HELPERS_STASHED != 'true') {
            steps.stash(name: STASH, includes: DEST + '/*')
            steps.env.WPSYNC_HELPERS_STASHED = 'true'
        }
        if (!dir.startsWith('/')) {
            dir = steps.pwd() + '/' + dir
        }
        return dir
    }
}
