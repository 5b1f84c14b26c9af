package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary is returned for an input that is not text: an image, an archive, a program.
var ErrBinary = errors.New("not a text or HTML file")

// decode returns data as UTF-8 text. UTF-16 with a byte-order mark is decoded; bytes that
// are not valid UTF-8 are read as Windows-1252. converted tells whether the text differs
// from data. Binary input is refused with an error that wraps ErrBinary.
func decode(data []byte) (text []byte, converted bool, err error) {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return nil, false, fmt.Errorf("reading UTF-16: %w", err)
		}
		return out, true, nil
	}
	if kind := binaryKind(data); kind != "" {
		return nil, false, fmt.Errorf("%w (%s)", ErrBinary, kind)
	}
	if utf8.Valid(data) {
		return data, false, nil
	}
	return repair(data), true, nil
}

// binaryKind names the kind of binary data data holds, or returns "" for text. Data is
// binary if it holds a NUL byte, or if more than two bytes, and more than one byte in
// fifty, of its first 8 KB are control characters that text does not use; the kind is then what its first bytes sniff
// as. Signatures alone decide nothing: "BMW" starts a bitmap's signature, and a headline.
func binaryKind(data []byte) string {
	head := data
	if len(head) > 8<<10 {
		head = head[:8<<10]
	}
	controls := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			controls++
		}
	}
	if bytes.IndexByte(data, 0) < 0 && (controls <= 2 || controls*50 <= len(head)) {
		return ""
	}
	ct := http.DetectContentType(head)
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	if strings.HasPrefix(ct, "text/") {
		return "binary data"
	}
	return ct
}

// repair reads each byte of data that is not part of valid UTF-8 as Windows-1252.
func repair(data []byte) []byte {
	out := make([]byte, 0, len(data)+len(data)/8)
	cm := charmap.Windows1252
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n <= 1 {
			r = cm.DecodeByte(data[0])
			n = 1
		}
		out = utf8.AppendRune(out, r)
		data = data[n:]
	}
	return out
}
