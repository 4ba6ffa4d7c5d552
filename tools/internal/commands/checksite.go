package commands

import (
	"fmt"
	"strings"
	"time"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/health"
	"github.com/wpsync/wpsync/tools/internal/report"
)

// CheckSite fetches an environment's pages and says whether it works.
var CheckSite = cliapp.Reported(checkSite)

func checkSite(c *cliapp.Ctx, rep *report.Report) error {
	cfg, err := c.Config()
	if err != nil {
		return err
	}
	env, err := cfg.Env(c.String("env"))
	if err != nil {
		return err
	}
	rep.Site = cfg.Site
	site := health.SiteFor(env.Name, env.URL, env.Check.BaseURL)
	ck := health.NewChecker(time.Duration(c.Int("timeout")) * time.Second)
	var ref *health.Site
	if name := c.String("compare"); name != "" {
		other, err := cfg.Env(name)
		if err != nil {
			return err
		}
		s := health.SiteFor(other.Name, other.URL, other.Check.BaseURL)
		ref, ck.Leak = &s, strings.TrimRight(other.URL, "/")
	}
	n := c.Int("pages")
	if !c.IsSet("pages") && env.Check.Pages > 0 {
		n = env.Check.Pages
	}
	// The sample comes from the reference when there is one: the paths
	// production has are the ones staging must have too.
	from := site
	if ref != nil {
		from = *ref
	}
	paths := ck.Paths(c.Ctx, from, n)
	res := ck.Check(c.Ctx, site, ref, paths)
	rep.Details = res
	rep.Summary["healthy"], rep.Summary["pages"] = res.Healthy, len(res.Pages)
	w := c.App.ErrWriter
	rows := [][]string{}
	var bad []string
	for _, p := range res.Pages {
		cmp := ""
		if p.Compare > 0 {
			cmp = fmt.Sprint(p.Compare)
		}
		status := fmt.Sprint(p.Status)
		if p.Error != "" {
			status = "-"
		}
		rows = append(rows, []string{p.Path, status, cmp, fmt.Sprint(p.Millis), fmt.Sprint(p.Leaked), p.Problem})
		if p.Problem != "" {
			bad = append(bad, p.Path+" ("+p.Problem+")")
		}
	}
	fmt.Fprintf(w, "\nchecksite %s (%s, Host: %s): %d pages\n", env.Name, site.Base, site.Host, len(res.Pages))
	report.Table(w, []string{"PATH", "STATUS", "REFERENCE", "MS", "OTHER-ENV URLS", "PROBLEM"}, rows)
	if !res.Healthy {
		rep.Summary["unhealthy"] = bad
		return fmt.Errorf("%s is unhealthy: %s", env.Name, strings.Join(bad, "; "))
	}
	fmt.Fprintf(w, "%s is healthy\n", env.Name)
	return nil
}
