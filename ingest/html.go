package ingest

import (
	"bytes"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ParseHTML reads an article from an HTML page: its main text (the <article> element, or
// <main>, or the body) without navigation, scripts, styles and forms, paragraphs separated
// by blank lines; its title and date from the page's meta tags, and its address from the
// canonical link or og:url. The title becomes the text's first line when the main text
// does not start with it, so that the text reads as a plain-text article does.
func ParseHTML(data []byte) (*Article, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		// The parser refuses pages nested deeper than it keeps open elements; such a
		// page is read flat.
		return parseHTMLFlat(data)
	}
	a := &Article{}
	var titleTag string
	var first *html.Node // the first <article>, else <main>
	var body *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if titleTag == "" {
					titleTag = strings.TrimSpace(textOf(n))
				}
			case atom.Meta:
				meta(a, n)
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && a.URL == "" {
					a.URL = attr(n, "href")
				}
			case atom.Time:
				if a.Published == "" {
					a.Published = isoDate(attr(n, "datetime"))
				}
			case atom.Article:
				if first == nil || first.DataAtom == atom.Main {
					first = n
				}
			case atom.Main:
				if first == nil {
					first = n
				}
			case atom.Body:
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if a.Title == "" {
		a.Title = titleTag
	}
	root := first
	if root == nil {
		root = body
	}
	if root == nil {
		root = doc
	}
	var w textWriter
	w.node(root)
	return a.setText(w.b.String())
}

// setText makes body, with the title before it when it does not start with the title, the
// text of a.
func (a *Article) setText(body string) (*Article, error) {
	body = strings.TrimSpace(body)
	if body == "" {
		return nil, ErrEmpty
	}
	if a.Title != "" && !strings.HasPrefix(body, a.Title) {
		a.Text = a.Title + "\n\n" + body + "\n"
	} else {
		a.Text = body + "\n"
	}
	a.Title, a.TitleEnd = headline(a.Text)
	return a, nil
}

// parseHTMLFlat reads a page tag by tag, without building its tree: the text of the body
// outside skipped elements, block elements as paragraphs, and the title and meta tags.
func parseHTMLFlat(data []byte) (*Article, error) {
	a := &Article{}
	var w, title textWriter
	z := html.NewTokenizer(bytes.NewReader(data))
	skip := 0 // depth inside skipped elements
	inTitle := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if a.Title == "" {
				a.Title = strings.Join(strings.Fields(title.b.String()), " ")
			}
			return a.setText(w.b.String())
		case html.TextToken:
			switch {
			case inTitle:
				title.text(string(z.Text()))
			case skip == 0:
				w.text(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			tok := z.Token()
			n := &html.Node{Type: html.ElementNode, DataAtom: tok.DataAtom, Data: tok.Data, Attr: tok.Attr}
			start := tt != html.EndTagToken
			switch {
			case tok.DataAtom == atom.Title:
				inTitle = tt == html.StartTagToken
			case tok.DataAtom == atom.Meta && start:
				meta(a, n)
			case tok.DataAtom == atom.Body && start:
				skip = 0 // whatever the head left open
			case skipped[tok.DataAtom] && tt == html.StartTagToken:
				skip++
			case skipped[tok.DataAtom] && tt == html.EndTagToken && skip > 0:
				skip--
			case tok.DataAtom == atom.Br && skip == 0:
				w.newline(1)
			case blocks[tok.DataAtom] && skip == 0:
				w.newline(2)
			}
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, x := range n.Attr {
		if strings.EqualFold(x.Key, key) {
			return strings.TrimSpace(x.Val)
		}
	}
	return ""
}

// meta takes the title, date and address from a <meta> tag.
func meta(a *Article, n *html.Node) {
	key := strings.ToLower(attr(n, "property"))
	if key == "" {
		key = strings.ToLower(attr(n, "name"))
	}
	if key == "" {
		key = strings.ToLower(attr(n, "itemprop"))
	}
	content := attr(n, "content")
	switch key {
	case "og:title", "twitter:title", "headline", "dc.title":
		if a.Title == "" {
			a.Title = content
		}
	case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "sailthru.date", "og:published_time":
		if a.Published == "" {
			a.Published = isoDate(content)
		}
	case "og:url":
		if a.URL == "" {
			a.URL = content
		}
	}
}

// isoDate returns the date of a timestamp such as "2014-08-27T10:00:00Z" or
// "2014-08-27", or "" if it holds none.
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", "20060102", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// textOf returns the text inside n.
func textOf(n *html.Node) string {
	var w textWriter
	w.node(n)
	return strings.Join(strings.Fields(w.b.String()), " ")
}

// textWriter writes the readable text of a tree: runs of spaces as one, blocks as
// paragraphs, line breaks as new lines.
type textWriter struct {
	b     strings.Builder
	space bool // a space is owed before the next word
}

// skipped are elements whose text is not part of the article.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true, atom.Select: true,
	atom.Svg: true, atom.Iframe: true, atom.Template: true, atom.Object: true, atom.Head: true,
	atom.Figcaption: true, atom.Menu: true, atom.Dialog: true,
}

// blocks are elements that stand as paragraphs of their own.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Section: true,
	atom.Article: true, atom.Main: true, atom.Table: true, atom.Tr: true, atom.Pre: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Figure: true,
	atom.Address: true, atom.Hr: true,
}

func (w *textWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || attr(n, "hidden") != "" || strings.EqualFold(attr(n, "aria-hidden"), "true") {
			return
		}
		if n.DataAtom == atom.Br {
			w.newline(1)
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		w.newline(2)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
	if block {
		w.newline(2)
	}
}

func (w *textWriter) text(s string) {
	for i, f := range strings.Fields(s) {
		if (i > 0 || w.space || startsWithSpace(s)) && w.b.Len() > 0 && !endsWithNewline(&w.b) {
			w.b.WriteByte(' ')
		}
		w.b.WriteString(f)
		w.space = false
	}
	if len(s) > 0 && isSpaceByte(s[len(s)-1]) {
		w.space = true
	}
}

// newline ends the current line, with n line breaks at most in a row.
func (w *textWriter) newline(n int) {
	w.space = false
	if w.b.Len() == 0 {
		return
	}
	s := w.b.String()
	have := len(s) - len(strings.TrimRight(s, "\n"))
	for ; have < n; have++ {
		w.b.WriteByte('\n')
	}
}

func startsWithSpace(s string) bool { return len(s) > 0 && isSpaceByte(s[0]) }

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' }

func endsWithNewline(b *strings.Builder) bool {
	s := b.String()
	return len(s) > 0 && s[len(s)-1] == '\n'
}
