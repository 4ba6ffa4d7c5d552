package io.wpsync

/**
 * The Git side of snapshotToGit: a working tree of the site repository,
 * a commit only when something changed, a push with a Jenkins SSH key.
 * Scripts are literal; every value reaches them as a positional argument
 * quoted by Runner.commandLine.
 */
class Git implements Serializable {
    private static final long serialVersionUID = 1L

    static final String CHECKOUT_SCRIPT = '''set -e
repo=$1 branch=$2 dir=$3
if [ ! -d "$dir/.git" ]; then rm -rf "$dir"; git clone --quiet -- "$repo" "$dir"; fi
cd "$dir"
git remote set-url origin "$repo"
git fetch --quiet origin
if git rev-parse --verify --quiet "refs/remotes/origin/$branch" >/dev/null; then
  git checkout --quiet -B "$branch" "refs/remotes/origin/$branch"
  git reset --quiet --hard "refs/remotes/origin/$branch"
  git clean --quiet -fdx
else
  git checkout --quiet --orphan "$branch" 2>/dev/null || git checkout --quiet -B "$branch"
fi'''

    static final String COMMIT_SCRIPT = '''set -e
dir=$1 message=$2 name=$3 email=$4
cd "$dir"
git add -A
if git diff --cached --quiet 2>/dev/null && git rev-parse --verify --quiet HEAD >/dev/null; then
  echo "unchanged"
else
  git -c user.name="$name" -c user.email="$email" commit --quiet -F "$message"
  git rev-parse HEAD
fi'''

    static final String PUSH_SCRIPT = '''set -e
cd "$1"
git push --quiet origin "HEAD:refs/heads/$2"'''

    def steps
    String dir
    String credentialsId
    /** known_hosts file holding the Git host's key; null: the agent user's ~/.ssh/known_hosts. */
    String knownHosts

    Git(steps, String dir, String credentialsId, String knownHosts) {
        this.steps = steps
        this.dir = dir
        this.credentialsId = credentialsId
        this.knownHosts = knownHosts
    }

    void checkout(String repo, String branch) {
        git(CHECKOUT_SCRIPT, [repo, branch, dir], false)
    }

    /** Commits everything; returns the new commit, or null when nothing changed. */
    String commitAll(String messageFile, String name, String email) {
        String out = (git(COMMIT_SCRIPT, [dir, messageFile, name, email], true) as String).trim()
        return out == 'unchanged' ? null : out
    }

    void push(String branch) {
        git(PUSH_SCRIPT, [dir, branch], false)
    }

    private Object git(String script, List<String> args, boolean stdout) {
        String cmd = 'sh -c ' + Runner.quote(script) + ' wpsync ' + Runner.commandLine(args)
        if (!credentialsId) {
            return steps.sh(script: cmd, returnStdout: stdout, label: 'wpsync: git')
        }
        // The key file path reaches ssh through the environment only; host
        // keys are always checked, against gitKnownHosts when given.
        String hosts = knownHosts ? 'WPSYNC_GIT_KNOWN_HOSTS=' + Runner.quote(knownHosts) + ' ' : ''
        String check = knownHosts ? ' -o UserKnownHostsFile=\\"$WPSYNC_GIT_KNOWN_HOSTS\\"' : ''
        String withKey = hosts + 'GIT_SSH_COMMAND="ssh -i \\"$WPSYNC_GIT_KEY\\" -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=yes' + check + '" ' + cmd
        Object out = null
        steps.withCredentials([[$class: 'SSHUserPrivateKeyBinding', credentialsId: credentialsId, keyFileVariable: 'WPSYNC_GIT_KEY']]) {
            out = steps.sh(script: withKey, returnStdout: stdout, label: 'wpsync: git')
        }
        return out
    }
}
