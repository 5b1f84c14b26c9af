package server

import "net/http"

// openAPISpec describes the API: OpenAPI 3.0. A test checks that every path it lists
// answers.
func openAPISpec() map[string]any {
	str := map[string]any{"type": "string"}
	intp := func(name, desc string) map[string]any {
		return map[string]any{"name": name, "in": "query", "description": desc, "schema": map[string]any{"type": "integer", "minimum": 0}}
	}
	strp := func(name, desc string) map[string]any {
		return map[string]any{"name": name, "in": "query", "description": desc, "schema": str}
	}
	idp := map[string]any{"name": "id", "in": "path", "required": true, "schema": map[string]any{"type": "integer", "minimum": 1}}
	paging := []any{intp("limit", "at most this many, 1 to 500 (default 20)"), intp("offset", "skip this many first")}
	list := func(desc string) map[string]any {
		return map[string]any{"description": desc, "content": map[string]any{"application/json": map[string]any{"schema": map[string]any{
			"type": "object", "properties": map[string]any{"items": map[string]any{"type": "array", "items": map[string]any{"type": "object"}},
				"limit": map[string]any{"type": "integer"}, "offset": map[string]any{"type": "integer"}}}}}}
	}
	obj := func(desc string) map[string]any {
		return map[string]any{"description": desc, "content": map[string]any{"application/json": map[string]any{"schema": map[string]any{"type": "object"}}}}
	}
	errs := map[string]any{"description": "an error: {\"error\": message, \"status\": code}", "content": map[string]any{"application/json": map[string]any{"schema": map[string]any{"$ref": "#/components/schemas/Error"}}}}
	get := func(summary string, params []any, ok map[string]any) map[string]any {
		return map[string]any{"get": map[string]any{"summary": summary, "parameters": params,
			"responses": map[string]any{"200": ok, "400": errs, "404": errs, "500": errs}}}
	}
	return map[string]any{
		"openapi": "3.0.3",
		"info": map[string]any{"title": "onrecord", "version": "1",
			"description": "The public record read from news: people, quotations, posts and accountability events, each with its source."},
		"paths": map[string]any{
			"/api/v1/people": get("People, organisations and places, the most named first, or those a name finds",
				append([]any{strp("q", "a name to look for"), strp("type", "person, organization, place or other")}, paging...), list("the people")),
			"/api/v1/people/{id}": get("Everything known of one person: posts over time, quotations, events, articles",
				[]any{idp, strp("why", "set to tell why each article's mention is part of the person")}, obj("the person")),
			"/api/v1/quotes": get("Quotations, newest first",
				append([]any{strp("q", "words the quotation holds"), strp("by", "the speaker's name"), strp("kind", "direct (the speaker's own words) or indirect (reported speech)"), strp("since", "published on or after (YYYY-MM-DD)"), strp("until", "published on or before (YYYY-MM-DD)")}, paging...), list("the quotations")),
			"/api/v1/events": get("Accountability events, newest first",
				append([]any{strp("type", "an event type such as resign or call_to_resign"), strp("subject", "the subject's name"), strp("by", "the agent's name")}, paging...), list("the events")),
			"/api/v1/articles": get("Articles, newest first",
				append([]any{strp("q", "words the title or text holds")}, paging...), list("the articles")),
			"/api/v1/articles/{id}": get("An article with its text and record", []any{idp}, obj("the article")),
			"/api/v1/openapi.json":  get("This description", nil, obj("the OpenAPI document")),
			"/api/v1/extract": map[string]any{"post": map[string]any{
				"summary": "The record of the posted article, which is not stored",
				"requestBody": map[string]any{"required": true, "content": map[string]any{
					"text/plain": map[string]any{"schema": str},
					"text/html":  map[string]any{"schema": str},
					"application/json": map[string]any{"schema": map[string]any{"type": "object", "properties": map[string]any{
						"text": str, "html": str, "title": str, "url": str, "published": str}}}}},
				"responses": map[string]any{"200": obj("the record, schema onrecord/record/v1"), "400": errs, "413": errs, "503": errs}}},
		},
		"components": map[string]any{"schemas": map[string]any{"Error": map[string]any{"type": "object",
			"properties": map[string]any{"error": str, "status": map[string]any{"type": "integer"}}}}},
	}
}

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) { writeJSON(w, openAPISpec()) }
