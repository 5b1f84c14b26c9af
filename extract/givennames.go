package extract

import "strings"

// Given names common in English-language news, by the sex they mostly go with: a person
// named with one and no honorific gets a gender, so that "he" is not tied to Margaret.
// Names borne by both (Leslie, Jordan, Sam) are left out.
const (
	femaleNames = `Abigail Alice Alison Amanda Amy Andrea Angela Ann Anna Anne Barbara Betty Beverley
Carol Caroline Catherine Charlotte Cherie Christine Claire Clare Deborah Diana Diane Donna Dorothy
Elaine Eleanor Elizabeth Ellen Emily Emma Fiona Frances Gillian Hazel Heather Helen Hilary Hillary
Irene Jacqui Jane Janet Janice Jean Jennifer Jessica Joan Joanna Josephine Joyce Judith Judy Julia
Julie Karen Kate Katherine Kathleen Kathryn Kelly Laura Lesley Linda Lisa Louise Lucy Lynne
Margaret Maria Marie Marion Mary Maureen Melanie Michelle Nancy Natalie Nicola Nicole Patricia
Pauline Rachel Rebecca Rosemary Ruth Sally Sandra Sarah Sharon Shirley Sophie Stephanie Susan
Suzanne Teresa Theresa Tessa Tracey Valerie Victoria Wendy Yvette Yvonne Zoe Sue Liz Meg Pam
Harriet Estelle Glenda`
	maleNames = `Adam Alan Alastair Alexander Alistair Andrew Anthony Arthur Barry Ben Benjamin Bill
Bob Brian Bruce Charles Christopher Colin Craig Daniel David Dennis Derek Donald Douglas Duncan Edward
Eric Frank Gary Gavin Geoffrey George Gerald Gordon Graham Harold Harry Henry Hugh Iain Ian Jack
James Jeffrey Jeremy Jim John Jonathan Joseph Keith Kenneth Kevin Lawrence Mark Martin Matthew
Michael Neil Nicholas Nick Nigel Oliver Patrick Paul Peter Philip Richard Robert Robin Roger Ronald
Roy Russell Scott Simon Stanley Stephen Steve Steven Stuart Thomas Timothy Tom Tony Trevor Vincent
Walter William Doug Dave Mike Rob Greg Ken Ron Don Dan Joe Tim Rick Phil Pete Matt Ed Ted Jon
Bernard Malcolm Norman Raymond Dominic Sean Luke Liam Adrian Hamish Fergus Angus`
)

// givenNames maps a given name to the gender it mostly goes with.
type givenNames map[string]Gender

func newGivenNames() givenNames {
	g := givenNames{}
	for _, n := range strings.Fields(femaleNames) {
		g[n] = Female
	}
	for _, n := range strings.Fields(maleNames) {
		g[n] = Male
	}
	return g
}
