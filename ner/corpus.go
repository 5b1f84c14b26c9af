package ner

import "onrecord/text"

// TextSentences cuts a plain-text article into sentences of words, as the tokenizer and
// sentence splitter see them, and appends them to dst.
func TextSentences(dst [][]string, src string) [][]string {
	d := text.NewDoc(src)
	for _, s := range d.Sentences {
		words := make([]string, 0, s.To-s.From)
		for _, t := range d.Tokens[s.From:s.To] {
			words = append(words, t.Text(src))
		}
		dst = append(dst, words)
	}
	return dst
}

// DocumentSentences appends the words of every sentence of docs to dst, without any
// language prefix such as WikiANN's "en:".
func DocumentSentences(dst [][]string, docs []Document) [][]string {
	for d := range docs {
		for _, s := range docs[d].Sentences {
			words := make([]string, len(s.Words))
			for i, w := range s.Words {
				words[i] = stripLanguage(w)
			}
			dst = append(dst, words)
		}
	}
	return dst
}
