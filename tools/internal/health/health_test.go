package health

import "testing"

func TestLeaks(t *testing.T) {
	body := `<a href="https://www.example.com/">x</a> https://www.example.com.au https://www.example.com/y https://www.example.comics https://www.example.com`
	if n := leaks(body, "https://www.example.com"); n != 3 {
		t.Errorf("%d, want 3", n)
	}
}

func TestJudge(t *testing.T) {
	cases := []struct {
		p    Page
		home bool
		want string
	}{
		{Page{Status: 200}, true, ""},
		{Page{Status: 301}, true, "home page HTTP 301"},
		{Page{Status: 301}, false, ""},
		{Page{Status: 500}, false, "HTTP 500"},
		{Page{Status: 200, Fatal: true}, false, "PHP fatal error (WordPress's critical-error page)"},
		{Page{Status: 404, Compare: 200}, false, "HTTP 404 here, 200 on the reference"},
		{Page{Status: 404, Compare: 404}, false, ""},
		{Page{Error: "refused"}, false, "no answer: refused"},
	}
	for _, c := range cases {
		if got := judge(c.p, c.home); got != c.want {
			t.Errorf("%+v: %q, want %q", c.p, got, c.want)
		}
	}
}
