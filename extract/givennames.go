package extract

import "strings"

// Given names common in British and American news, by the sex they mostly go with: a person
// named with one and no honorific gets a gender, so that "he" is not tied to Margaret.
// Names borne by both (Leslie, Jordan, Sam), names of places (Virginia, Austin, Chelsea,
// Madison) and words (Grace, Hope, June) are left out.
const (
	femaleNames = `Abigail Alice Alison Amanda Amy Andrea Angela Ann Anna Anne Barbara Betty Beverley
Carol Caroline Catherine Charlotte Cherie Christine Claire Clare Deborah Diana Diane Donna Dorothy
Elaine Eleanor Elizabeth Ellen Emily Emma Fiona Frances Gillian Hazel Heather Helen Hilary Hillary
Irene Jacqui Jane Janet Janice Jean Jennifer Jessica Joan Joanna Josephine Joyce Judith Judy Julia
Julie Karen Kate Katherine Kathleen Kathryn Kelly Laura Lesley Linda Lisa Louise Lucy Lynne
Margaret Maria Marie Marion Mary Maureen Melanie Michelle Nancy Natalie Nicola Nicole Patricia
Pauline Rachel Rebecca Rosemary Ruth Sally Sandra Sarah Sharon Shirley Sophie Stephanie Susan
Suzanne Teresa Theresa Tessa Tracey Valerie Victoria Wendy Yvette Yvonne Zoe Sue Liz Meg Pam
Harriet Estelle Glenda
Alicia Allison Amber Anita Audrey Beth Betsy Bonnie Brenda Brittany Candace Carolyn Cathy
Cheryl Christina Cindy Connie Crystal Cynthia Danielle Debbie Debra Denise Doris Edith
Elena Erica Erin Esther Eva Evelyn Gail Gina Gloria Gwen Hannah Holly Ingrid Isabel Jacqueline
Jenny Jill Joanne Juanita Kathy Katie Kimberly Kristen Kristin Lauren Leah Lillian Lois Loretta
Lori Lorraine Madeleine Marcia Marilyn Marjorie Martha Megan Melissa Mildred Miranda Molly Monica
Nadia Naomi Natasha Nina Norma Olga Olivia Paula Peggy Phyllis Priscilla Rita Roberta Rosa Sabrina
Samantha Sara Sheila Sonia Sophia Stacy Svetlana Tamara Tanya Tina Tiffany Vanessa Veronica Vivian
Whitney Yolanda Nikki Katrina Irina Ana Lucia Sofia Francesca Isabella
Serena Venus Justine Anastasia Daniela Martina Lola Sabine Amelie Anke Birgit Ursula Monika Agnieszka
Imelda Katerina Cate Nathalie Jelena Clara Hayley Annette Britney Carolina Conchita Sania Letitia
Katharine Brigitte Jade Janie Kylie Dionne Beyonce Madonna Mariah Celine Oprah Kirsty Gemma Kerry`
	maleNames = `Adam Alan Alastair Alexander Alistair Andrew Anthony Arthur Barry Ben Benjamin Bill
Bob Brian Bruce Charles Christopher Colin Craig Daniel David Dennis Derek Donald Douglas Duncan Edward
Eric Frank Gary Gavin Geoffrey George Gerald Gordon Graham Harold Harry Henry Hugh Iain Ian Jack
James Jeffrey Jeremy Jim John Jonathan Joseph Keith Kenneth Kevin Lawrence Mark Martin Matthew
Michael Neil Nicholas Nick Nigel Oliver Patrick Paul Peter Philip Richard Robert Robin Roger Ronald
Roy Russell Scott Simon Stanley Stephen Steve Steven Stuart Thomas Timothy Tom Tony Trevor Vincent
Walter William Doug Dave Mike Rob Greg Ken Ron Don Dan Joe Tim Rick Phil Pete Matt Ed Ted Jon
Bernard Malcolm Norman Raymond Dominic Sean Luke Liam Adrian Hamish Fergus Angus
Aaron Albert Allen Alvin Andy Bernie Billy Bobby Brad Bradley Brandon Brett Bryan Carl Carlos Chad
Chuck Clarence Clifford Cody Curtis Danny Darren Dean Dustin Earl Eddie Edwin Ernest Ethan Eugene
Evan Fred Frederick Gene Glenn Gregory Harvey Herbert Howard Jacob Jake Jared Jason Jay Jeff Jerry
Jesse Jimmy Joel Johnny Jose Joshua Juan Justin Karl Kyle Larry Lance Leonard Leon Luis Manuel
Marcus Mario Marvin Melvin Mitch Mitchell Nathan Nathaniel Oscar Ralph Randy Ray Reggie Ricardo
Ricky Rodney Ross Rudy Ryan Samuel Seth Shane Spencer Stan Theodore Todd Travis Troy Tyler Victor
Wade Wayne Wesley Willie Zachary Ahmed Mohammed Muhammad Omar Hassan Ivan Boris Sergei Dmitry
Vladimir Pierre Jacques Hans Klaus Wolfgang Giuseppe Marco Paolo Antonio Pedro Miguel Javier
Alejandro Diego Fernando Rafael Roberto Sergio
Marc Guillermo Dominik Hugo Sergey Andre Nicolas Ruud Thierry Zinedine Didier Arsene Sven Jens
Lleyton Marat Jurgen Gerhard Helmut Silvio Romano Jean-Pierre Jean-Claude Francois Luc Gianluca
Clive Robbie Mikhail Gareth Jonny Tommy Damien Olivier Kostas Leonardo Christian Guy Elvis Viktor
Warren Denis Ronan Josh Julian Graeme Sebastien Mathew Geoff Dick Max Maurice Keanu Clint Yannick Rod
Kurt Louis Shaun Christophe Menzies Christos Olly Fabien Julien Martyn Gerard Frederic Rupert Noel
Serge Elton Luciano Dimitri Roland Henri Mervyn Stefan Freddie Rory Gabriel Marlon Philippe Mick
Vince Cyril Arjen Yann Geordan Hal Joachim Rodrigo Cristiano Sylvain Paulo Rhys Alessandro Pascal
Digby Eliot Mathieu Alain Glen Herve Mahmoud Theo Zach Paddy Quincy Jerome Petr Ollie Enrico Gerry
Hicham Jimi Bono`
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
