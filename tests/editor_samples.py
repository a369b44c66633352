"""A release of our own writing whose headline the detector gets wrong, for the editor's corrections."""

# a department's name, then the name of its programme, then the release's title: the programme's name,
# whose every word recurs below (reworded: a name the text repeats word for word weighs less), is taken for the
# headline; the headline is line 3 as the preview numbers them
EN_WRONG_HEADLINE = """Riverton Public Works Department
Water Main Replacement Program
Eastside Water Mains to Be Replaced Over Eight Weeks Starting June 8
Crews will work street by street on Elm, Birch and Cedar; no shutoff lasts more than six hours
RIVERTON, OH — The Riverton Public Works Department will replace 3.2 miles of aging water mains on the east side of the city over eight weeks starting June 8, the department said on Monday.
The program to replace the water mains covers Elm, Birch and Cedar streets, where mains laid in 1958 have broken eleven times since January.
Residents will receive a door hanger two days before their water is shut off.
By Dana Whitfield, Communications Manager
Media contact: Tom Reyes, Public Works, 555-013-4410, treyes@riverton.example
###
"""

HEADLINE_LINE = 3
HEADLINE = "Eastside Water Mains to Be Replaced Over Eight Weeks Starting June 8"
WRONG_HEADLINE = "Water Main Replacement Program"
