# Shared settings of the sandbox scripts: two "hosts" on 127.0.0.1, each
# with its own sshd, MariaDB, login user and WordPress docroot. Ports are
# below the kernel's ephemeral range (32768-60999), so an outgoing
# connection can never hold one when a server wants to listen on it.
SANDBOX=${WPSYNC_SANDBOX:-/var/tmp/wpsync-sandbox}
HOSTS="production staging"

host_user()  { case $1 in production) echo wpsync-prod;; staging) echo wpsync-stage;; esac; }
ssh_port()   { case $1 in production) echo 22201;; staging) echo 22202;; esac; }
db_port()    { case $1 in production) echo 23301;; staging) echo 23302;; esac; }
web_port()   { case $1 in production) echo 28081;; staging) echo 28082;; esac; }
site_url()   { case $1 in production) echo https://www.example.test;; staging) echo https://staging.example.test;; esac; }
db_pw_var()  { case $1 in production) echo SANDBOX_PRODUCTION_DB_PASSWORD;; staging) echo SANDBOX_STAGING_DB_PASSWORD;; esac; }
docroot()    { echo "$SANDBOX/$1/www"; }
db_socket()  { echo "$SANDBOX/$1/mysql/mysqld.sock"; }

# Root access to a host's MariaDB (the socket, as the server's root).
db_root() { mariadb --no-defaults --protocol=socket -S "$(db_socket "$1")" -uroot "${@:2}"; }

die() { echo "sandbox: $*" >&2; exit 1; }

# pid_alive PIDFILE NAME: the pid file names a live process called NAME
# (a stale file from a stopped machine may name an unrelated process).
pid_alive() { [ -f "$1" ] && [ "$(ps -o comm= -p "$(cat "$1")" 2>/dev/null)" = "$2" ]; }
