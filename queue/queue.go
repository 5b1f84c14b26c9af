// Package queue spreads ingesting over many machines: articles are published to a NATS
// JetStream stream, and any number of workers pull them, extract their records and store
// them, acknowledging each only once the store has committed it. Articles are keyed by the
// hash of their text, so an article delivered twice is stored once; one that fails again
// and again goes, with its error, to a dead-letter stream.
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"onrecord/ingest"
	"onrecord/pipeline"
)

// The stream and subjects onrecord uses.
const (
	Stream       = "ONRECORD"          // the articles to ingest, each removed once stored
	Subject      = "onrecord.articles" // where articles are published
	DeadStream   = "ONRECORD_DEAD"     // articles that failed too often, with their errors
	DeadSubject  = "onrecord.dead"
	consumerName = "onrecord-workers"
)

// Setup creates the streams if they are missing, and returns the articles' stream.
func Setup(ctx context.Context, js jetstream.JetStream) (jetstream.Stream, error) {
	st, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        Stream,
		Description: "articles for onrecord workers to extract and store",
		Subjects:    []string{Subject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  10 * time.Minute,
	})
	if err != nil {
		return nil, fmt.Errorf("creating stream %s: %w", Stream, err)
	}
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        DeadStream,
		Description: "articles onrecord workers failed on, with their errors",
		Subjects:    []string{DeadSubject},
		Storage:     jetstream.FileStorage,
	}); err != nil {
		return nil, fmt.Errorf("creating stream %s: %w", DeadStream, err)
	}
	return st, nil
}

// message is an article as published.
type message struct {
	Path      string `json:"path"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text"`
	Verbatim  bool   `json:"verbatim,omitempty"`
	TitleEnd  int    `json:"title_end,omitempty"`
}

func encode(a *ingest.Article) ([]byte, error) {
	return json.Marshal(message{a.Path, a.URL, a.Title, a.Published, a.Text, a.Verbatim, a.TitleEnd})
}

func decode(data []byte) (*ingest.Article, error) {
	var m message
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("the message is not an article: %w", err)
	}
	if m.Text == "" {
		return nil, errors.New("the message is not an article: no text")
	}
	if m.TitleEnd < 0 || m.TitleEnd > len(m.Text) {
		m.TitleEnd = 0
	}
	return &ingest.Article{Path: m.Path, URL: m.URL, Title: m.Title, Published: m.Published, Text: m.Text,
		Verbatim: m.Verbatim, TitleEnd: m.TitleEnd}, nil
}

// Enqueued tells what Enqueue did.
type Enqueued struct {
	Published, Duplicates int // articles published, and those the stream already had
	Failures              []pipeline.Failure
}

// Enqueue reads the articles under paths and publishes each to the stream, keyed by its
// hash so that the stream keeps one copy of an article published twice within ten minutes.
// A file that cannot be read is a failure and the rest go on; published, an article is
// safe in the stream.
func Enqueue(ctx context.Context, js jetstream.JetStream, rd ingest.Reader, paths []string, published string) (*Enqueued, error) {
	if _, err := Setup(ctx, js); err != nil {
		return nil, err
	}
	res := &Enqueued{}
	for _, in := range ingest.Expand(paths) {
		if in.Err != nil {
			res.Failures = append(res.Failures, pipeline.Failure{Name: in.Path, Err: in.Err})
			continue
		}
		err := rd.Each(in.Path, nil, func(name string, a *ingest.Article, err error) error {
			if err == nil {
				if a.Published == "" {
					a.Published = published
				}
				err = publish(ctx, js, a)
				if errors.Is(err, errDuplicate) {
					res.Duplicates++
					return nil
				}
			}
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				res.Failures = append(res.Failures, pipeline.Failure{Name: name, Err: err})
				return nil
			}
			res.Published++
			return nil
		})
		if err != nil {
			return res, err
		}
	}
	return res, nil
}

var errDuplicate = errors.New("already in the stream")

// publish publishes one article and waits for the stream to keep it.
func publish(ctx context.Context, js jetstream.JetStream, a *ingest.Article) error {
	data, err := encode(a)
	if err != nil {
		return err
	}
	ack, err := js.Publish(ctx, Subject, data, jetstream.WithMsgID(a.ID()))
	if err != nil {
		return fmt.Errorf("publishing: %w", err)
	}
	if ack.Duplicate {
		return errDuplicate
	}
	return nil
}
