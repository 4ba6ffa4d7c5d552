# wpsync — see README.md. `make test` and `make demo` work on a fresh
# Debian machine as root: they install what is missing and start the sandbox.
SHELL       := /bin/bash
VERSION     ?= $(shell cat resources/io/wpsync/version.txt)
COMMIT      ?= $(shell git rev-parse --short HEAD 2>/dev/null || echo none)
LDFLAGS     := -s -w -X github.com/wpsync/wpsync/tools/internal/cliapp.Version=$(VERSION) -X github.com/wpsync/wpsync/tools/internal/cliapp.Commit=$(COMMIT)
TOOLS       := syncfiles dumpdb restoredb rewriteurls checksite
DEB_PACKAGES := openssh-server openssh-client rsync mariadb-server mariadb-client \
  php-cli php-mysql php-mbstring wordpress wordpress-theme-twentytwentythree \
  groovy ant default-jre-headless nodejs git procps util-linux curl gzip time sudo chromium
export WPSYNC_SANDBOX ?= /var/tmp/wpsync-sandbox

DIST        ?= dist
CHECKSUMS   ?= resources/io/wpsync/checksums.txt
ARCHES      := amd64 arm64

.PHONY: all build deps test unit e2e groovy demo bench lint generate sandbox-up sandbox-down clean release

all: build

build:
	@mkdir -p bin
	go build -trimpath -ldflags '$(LDFLAGS)' -o bin/ $(addprefix ./tools/,$(TOOLS))

# Installs the Debian packages the tests and the sandbox need (as root only).
deps:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != 0 ]; then echo "missing Debian packages: $$missing (run as root, or install them)"; exit 1; fi; \
	  echo "installing: $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
	@# npm: Debian's package where no npm came with Node.js (NodeSource's bundles it and conflicts with Debian's)
	@command -v npm >/dev/null || { [ "$$(id -u)" = 0 ] || { echo "npm is missing (run as root, or install it)"; exit 1; }; \
	  echo "installing: npm"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm >/dev/null; }

test: deps build lint unit e2e groovy
	@echo "make test: all passed"

unit:
	go test -count=1 ./tools/...

# The Jenkins library's flag table (src/io/wpsync/Flags.groovy) and the flag
# sections of vars/*.txt, from the helpers' Go flag definitions; a unit test
# fails when they are not current.
generate:
	go test -count=1 ./tools/internal/helpers -run TestGeneratedFilesAreCurrent -args -update

sandbox-up: deps
	bash test/sandbox/up

sandbox-down:
	bash test/sandbox/down

e2e: build sandbox-up
	go test -count=1 -timeout 20m -tags e2e ./tools/e2e/

groovy: deps build sandbox-up
	bash test/groovy/run

demo: deps build sandbox-up
	bash test/sandbox/demo

# make bench compares with mydumper/myloader too (Debian's package).
BENCH_PACKAGES := mydumper

bench: deps build sandbox-up
	@command -v myloader >/dev/null || { [ "$$(id -u)" = 0 ] || { echo "mydumper is missing (run as root, or install it)"; exit 1; }; \
	  echo "installing: $(BENCH_PACKAGES)"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(BENCH_PACKAGES) >/dev/null; }
	bash test/bench/run

# staticcheck, pinned, from the Go module proxy into ./.tools (once).
STATICCHECK_VERSION := v0.8.2
STATICCHECK := .tools/staticcheck-$(STATICCHECK_VERSION)

$(STATICCHECK):
	@mkdir -p .tools && GOBIN=$(CURDIR)/.tools/tmp go install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) && mv .tools/tmp/staticcheck $@ && rmdir .tools/tmp

# npm-groovy-lint (CodeNarc with its Jenkins rules), pinned, from the npm
# registry into ./.tools: 14.6.0 is the newest that runs on Debian 12's
# Node 18 (and on Node 20).
# .groovylintrc.json turns off only what the Jenkins library format or the
# CPS runtime rules out (def call(Map) in vars/, no @CompileStatic, flag names
# repeated in maps) and allows 180 columns.
GROOVY_LINT_VERSION := 14.6.0
GROOVY_LINT := .tools/npm-groovy-lint-$(GROOVY_LINT_VERSION)/node_modules/.bin/npm-groovy-lint

$(GROOVY_LINT): | deps
	@npm install --silent --no-audit --no-fund --prefix .tools/npm-groovy-lint-$(GROOVY_LINT_VERSION) npm-groovy-lint@$(GROOVY_LINT_VERSION)

lint: $(STATICCHECK) $(GROOVY_LINT)
	@out=$$(gofmt -l tools test); if [ -n "$$out" ]; then echo "gofmt needed: $$out"; exit 1; fi
	go vet ./tools/...
	go vet -tags e2e ./tools/e2e/
	$(STATICCHECK) ./tools/...
	$(STATICCHECK) -tags e2e ./tools/e2e/
	go mod tidy -diff
	$(GROOVY_LINT) --noserver --failon info --output txt vars src Jenkinsfile.example Jenkinsfile.many-sites.example

# The release archives of this version (static, reproducible: same source
# and Go, same bytes) and their sha256 lines in the library's checksums.txt,
# which the tagged release commits (see README, Releasing).
release:
	@rm -rf $(DIST) && mkdir -p $(DIST)
	@for arch in $(ARCHES); do \
	  mkdir -p $(DIST)/$$arch && \
	  CGO_ENABLED=0 GOOS=linux GOARCH=$$arch go build -trimpath -ldflags '$(LDFLAGS)' -o $(DIST)/$$arch/ $(addprefix ./tools/,$(TOOLS)) && \
	  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C $(DIST)/$$arch -cf - $(TOOLS) | gzip -n > $(DIST)/wpsync_$(VERSION)_linux_$$arch.tar.gz || exit 1; \
	done
	@{ echo "# sha256 of the release assets of wpsync $(VERSION), written by make release;"; \
	   echo "# the library runs only helpers whose archive matches a line here."; \
	   cd $(DIST) && sha256sum wpsync_$(VERSION)_linux_*.tar.gz; } > $(CHECKSUMS).tmp && mv $(CHECKSUMS).tmp $(CHECKSUMS)
	@echo "release $(VERSION): $$(ls $(DIST)/*.tar.gz | tr '\n' ' ')→ $(CHECKSUMS)"

clean:
	rm -rf bin $(DIST)
