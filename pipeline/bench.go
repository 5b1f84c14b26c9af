package pipeline

import (
	"context"
	"time"

	"onrecord/extract"
	"onrecord/ingest"
)

// StageTime is the time one stage of extraction took over a corpus.
type StageTime struct {
	Stage string
	Took  time.Duration
}

// BenchResult is how fast a corpus was extracted on one core.
type BenchResult struct {
	Articles, Tokens, Bytes int
	Read                    time.Duration // reading and parsing the files
	Stages                  []StageTime
	Total                   time.Duration // all stages
	Failures                []Failure
}

// Bench extracts every article under paths on one core, timing each stage, and stores
// nothing. Reading the files is timed apart.
func Bench(ctx context.Context, ms *extract.Models, paths []string) (*BenchResult, error) {
	files := ingest.Expand(paths)
	res := &BenchResult{}
	var articles []*ingest.Article
	begin := time.Now()
	for _, f := range files {
		if f.Err != nil {
			res.Failures = append(res.Failures, Failure{f.Path, f.Err})
			continue
		}
		ingest.Reader{}.Each(f.Path, nil, func(name string, a *ingest.Article, err error) error {
			if err != nil {
				res.Failures = append(res.Failures, Failure{name, err})
				return nil
			}
			articles = append(articles, a)
			return nil
		})
	}
	res.Read = time.Since(begin)
	stages := extract.Stages()
	took := make([]time.Duration, len(stages))
	x := extract.New(ms)
	for _, a := range articles {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d, err := x.ExtractTimed(ctx, a, took)
		if err != nil {
			return nil, err
		}
		res.Articles++
		res.Tokens += len(d.Tokens)
		res.Bytes += len(d.Text)
	}
	for i, s := range stages {
		res.Stages = append(res.Stages, StageTime{s.Name, took[i]})
		res.Total += took[i]
	}
	return res, nil
}
