"""When events happened: time words of the event's clause, resolved against publication."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.resolve.article_dates import ArticleDates
from newsevents.resolve.dates import resolve_event_date
from newsevents.resolve.time_phrases import resolve_expression

THURSDAY = date(2021, 9, 30)


def when(nlp, text, trigger_word, published=THURSDAY, future=False):
    doc = nlp(text)
    trigger = next(token for token in doc if token.text == trigger_word)
    found = resolve_event_date(trigger.sent, trigger, published, future)
    return found.date, found.precision


@pytest.mark.parametrize(
    ("text", "trigger", "future", "expected"),
    [
        ("The two leaders met on Wednesday.", "met", False, ("2021-09-29", "day")),
        ("The two leaders will meet on Wednesday.", "meet", True, ("2021-10-06", "day")),
        ("Rebels seized the town on Thursday.", "seized", False, ("2021-09-30", "day")),
        ("The army shelled the city last Thursday night.", "shelled", False, ("2021-09-23", "day")),
        ("Protesters gathered yesterday outside parliament.", "gathered", False, ("2021-09-29", "day")),
        ("Police detained him the day before yesterday.", "detained", False, ("2021-09-28", "day")),
        ("The delegations will resume talks tomorrow.", "resume", True, ("2021-10-01", "day")),
        ("Negotiators will return next month.", "return", True, ("2021-10-01", "month")),
        ("Turkey bought the missiles two years ago.", "bought", False, ("2019-01-01", "year")),
        ("Militants fired rockets three days ago.", "fired", False, ("2021-09-27", "day")),
        ("Talks will reopen in two weeks.", "reopen", True, ("2021-10-14", "week")),
        ("The ministers met in November.", "met", False, ("2020-11-01", "month")),
        ("The ministers will meet in November.", "meet", True, ("2021-11-01", "month")),
        ("Troops withdrew from the valley last year.", "withdrew", False, ("2020-01-01", "year")),
        ("The envoys met earlier this week.", "met", False, ("2021-09-27", "week")),
        ("Both sides signed a truce last week.", "signed", False, ("2021-09-20", "week")),
        ("The two leaders met on Sept. 29.", "met", False, ("2021-09-29", "day")),
        ("Voters will go to the polls on Oct. 12.", "go", True, ("2021-10-12", "day")),
        ("The accord was signed on July 7, 2017.", "signed", False, ("2017-07-07", "day")),
        ("The treaty was signed in March 1998.", "signed", False, ("1998-03-01", "month")),
        ("The border was closed in 2019.", "closed", False, ("2019-01-01", "year")),
    ],
)
def test_date_forms(nlp, text, trigger, future, expected):
    assert when(nlp, text, trigger, future=future) == expected


def test_a_count_of_years_or_months_back_tells_only_the_year_or_month(nlp):
    # "moved to Britain 22 years ago" in a 2018 story: some day of 1996, not the
    # publication day's anniversary
    published = date(2018, 6, 27)
    assert when(nlp, "She moved to Britain with her family 22 years ago.", "moved", published) == ("1996-01-01", "year")
    assert when(nlp, "The rebels seized the dam 18 months ago.", "seized", published) == ("2016-12-01", "month")
    assert when(nlp, "The rebels seized the dam three weeks ago.", "seized", published) == ("2018-06-06", "week")
    assert when(nlp, "The rebels seized the dam a decade ago.", "seized", published) == ("2008-01-01", "year")


@pytest.mark.parametrize(
    "text, trigger, written",
    [
        ("The border was closed in 2019.", "closed", "2019"),
        ("The treaty was signed in March 1998.", "signed", "1998-03"),
        ("The two leaders met on Sept. 29.", "met", "2021-09-29"),
        ("Both sides signed a truce last week.", "signed", "2021-09-20"),
        ("Soldiers patrolled the border.", "patrolled", "2021-09-30"),
    ],
)
def test_a_date_is_written_no_more_precisely_than_it_is_known(nlp, text, trigger, written):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    assert resolve_event_date(token.sent, token, THURSDAY).iso == written


def test_earlier_or_later_periods_are_not_this_one(nlp):
    assert when(nlp, "The rebels shelled the town in earlier years.", "shelled") == ("2021-09-30", "published")
    assert when(nlp, "The rebels shelled the town earlier this year.", "shelled") == ("2021-01-01", "year")


def test_date_words_are_kept(nlp):
    doc = nlp("Turkey bought the missiles two years ago.")
    trigger = doc[1]
    assert resolve_event_date(doc[:], trigger, THURSDAY, False).text == "two years ago"


def test_no_time_words_takes_the_publication_date(nlp):
    assert when(nlp, "Soldiers patrolled the border.", "patrolled") == ("2021-09-30", "published")


def test_no_time_words_and_no_publication_date(nlp):
    assert when(nlp, "Soldiers patrolled the border.", "patrolled", published=None) == (None, "published")


def test_explicit_date_needs_no_publication_date(nlp):
    assert when(nlp, "The accord was signed on July 7, 2017.", "signed", published=None) == (
        "2017-07-07",
        "day",
    )


def test_time_of_another_clause_is_not_the_event_time(nlp):
    text = "The minister said on Monday that rebels attacked the convoy."
    assert when(nlp, text, "attacked") == ("2021-09-30", "published")
    assert when(nlp, text, "said") == ("2021-09-27", "day")


def test_event_noun_takes_its_own_time(nlp):
    text = "Erdogan spoke to reporters after a meeting with Putin on Wednesday."
    assert when(nlp, text, "meeting") == ("2021-09-29", "day")


def test_event_noun_takes_the_time_of_its_verb(nlp):
    assert when(nlp, "The two sides will hold talks next week.", "talks", future=True) == (
        "2021-10-04",
        "week",
    )


def test_weekday_and_month_day_together_gives_the_day(nlp):
    assert when(nlp, "They met on Wednesday, Sept. 29, in Sochi.", "met") == ("2021-09-29", "day")


def test_forms_outside_the_tables_go_to_dateparser(nlp):
    date_found, precision = when(nlp, "The rebels attacked the base on 12/03/2020.", "attacked")
    assert date_found in ("2020-12-03", "2020-03-12") and precision == "day"


def test_relative_words_without_publication_date_give_no_date(nlp):
    assert when(nlp, "The two leaders met on Wednesday.", "met", published=None) == (None, "published")
    # not the day before the coder runs
    assert when(nlp, "The two leaders met yesterday.", "met", published=None) == (None, "published")


def test_modal_auxiliary_makes_the_event_future(nlp):
    text = "A second meeting could take place in Glasgow in November."
    assert when(nlp, text, "meeting") == ("2021-11-01", "month")
    assert when(nlp, "They could have met on Friday.", "met") == ("2021-09-24", "day")


def test_time_of_a_neighbouring_noun_is_not_borrowed(nlp):
    text = "He spoke after a meeting with Putin on Wednesday and will not deny the talks."
    assert when(nlp, text, "deny") == ("2021-09-30", "published")


def test_lengths_and_ages_are_not_dates(nlp):
    assert when(nlp, "The siege lasted 48 hours.", "lasted") == ("2021-09-30", "published")
    assert when(nlp, "Talks failed to end the seven-year war.", "end") == ("2021-09-30", "published")


def test_counts_past_the_calendar_give_no_date(nlp):
    assert when(nlp, "The settlement was founded 12000 years ago.", "founded") == ("2021-09-30", "published")
    assert when(nlp, "Troops left Kabul a month ago.", "left") == ("2021-08-01", "month")


def test_lower_case_month_words_are_not_months(nlp):
    text = "Presumably they must now watch the Americans march away."
    assert when(nlp, text, "watch") == ("2021-09-30", "published")


def test_until_a_month_looks_forward(nlp):
    assert when(nlp, "Funding continues until February.", "continues") == ("2022-02-01", "month")


def test_a_span_up_to_now_is_not_a_period(nlp):
    assert when(nlp, "Prices rose over the past six months.", "rose") == ("2021-09-30", "published")


# -- the date of an event from its clause, sentence or paragraph ----------------

DECEMBER_31 = date(2016, 12, 31)


def dated(nlp, text, trigger_word, published=DECEMBER_31, occurrence=0):
    """(date, source) of the event of the ``occurrence``-th ``trigger_word``, the
    article's events asked for in text order as the pipeline does."""
    doc = nlp(text)
    article = ArticleDates(doc, published)
    trigger = [token for token in doc if token.text == trigger_word][occurrence]
    found = article.date_event(trigger.sent, trigger)
    return found.date, found.source


def test_a_date_on_a_subordinate_clause(nlp):
    text = "Two soldiers were injured when militants attacked their camp on April 16."
    assert dated(nlp, text, "injured") == ("2016-04-16", "clause")


def test_a_named_day_before_today(nlp):
    text = "Militants attacked a police camp in the district on June 14 today."
    assert dated(nlp, text, "attacked") == ("2016-06-14", "clause")


def test_a_date_elsewhere_in_the_sentence(nlp):
    text = "The minister said on Monday that rebels attacked the convoy."
    assert dated(nlp, text, "attacked", published=THURSDAY) == ("2021-09-27", "sentence")


def test_the_running_date_of_the_paragraph(nlp):
    text = "Militants attacked a police camp on April 16. Two constables were wounded in the attack."
    assert dated(nlp, text, "wounded") == ("2016-04-16", "paragraph")


def test_a_decade_is_no_running_date(nlp):
    text = "In the 1990s the militia fought the army in the hills. Rebels seized the airport."
    assert dated(nlp, text, "fought") == ("1990-01-01", "clause")
    assert dated(nlp, text, "seized") == ("2016-12-31", "publication")


def test_a_new_paragraph_does_not_inherit_the_date(nlp):
    text = "Militants attacked a police camp on April 16.\n\nTwo constables were wounded in the attack."
    assert dated(nlp, text, "wounded") == ("2016-12-31", "publication")


def test_the_publication_date_is_said_to_be_only_that(nlp):
    assert dated(nlp, "Soldiers patrolled the border.", "patrolled") == ("2016-12-31", "publication")


def test_run_on_text_is_split_so_that_each_event_keeps_its_date(nlp):
    text = (
        "Three persons were injured when a mob tried to storm an army camp in the district on July 17 "
        "reports the local daily Protesters attacked the camp at the village forcing the troops to open fire "
        "in which the three persons were injured in the incident Police said Curfew remained in force for the "
        "third consecutive day while normal life remained paralysed in the wake of deadly clashes that have "
        "rocked the valley following the killing of a commander on July 8"
    )
    doc = nlp(text)
    assert len(list(doc.sents)) > 1
    assert dated(nlp, text, "attacked")[0] == "2016-07-17"
    assert dated(nlp, text, "killing")[0] == "2016-07-08"


def test_a_present_or_future_event_does_not_take_a_date_told_for_another(nlp):
    text = "Militants attacked a police camp on April 16. The government opposes talks with them."
    assert dated(nlp, text, "opposes") == ("2016-12-31", "publication")
    text = "The minister spoke after a meeting on Wednesday and will not deny the talks."
    assert dated(nlp, text, "deny", published=THURSDAY) == ("2021-09-30", "publication")


def test_the_time_of_another_noun_is_not_the_event_time(nlp):
    text = "The militia shelled the base in revenge for last week's bombing of its headquarters."
    assert when(nlp, text, "shelled") == ("2021-09-30", "published")
    assert when(nlp, text, "bombing") == ("2021-09-20", "week")
    assert dated(nlp, text, "shelled", published=THURSDAY) == ("2021-09-30", "publication")


def test_the_small_hours_of_the_day_after_the_page_are_that_day(nlp):
    friday_early = "In the early hours of Friday morning, rebels fired rockets at the airport."
    assert when(nlp, friday_early, "fired") == ("2021-10-01", "day")
    assert when(nlp, "Rebels fired rockets at the airport on Friday.", "fired") == ("2021-09-24", "day")


def test_a_clock_time_names_no_day_but_tells_the_small_hours(nlp):
    # published on a Thursday: 02:15 on Friday is the coming night where it happened
    assert when(nlp, "Rebels fired rockets at the airport at 02:15 on Friday.", "fired") == ("2021-10-01", "day")
    assert when(nlp, "Rebels fired rockets at the airport at 2:15 pm on Friday.", "fired") == ("2021-09-24", "day")
    assert when(nlp, "Rebels fired rockets at the airport at about 9 p.m.", "fired") == ("2021-09-30", "published")


def test_the_clock_time_is_kept_with_the_time_words(nlp):
    doc = nlp("At 11:40 pm on Sept. 28, rebels fired rockets at the airport.")
    trigger = next(token for token in doc if token.text == "fired")
    found = resolve_event_date(trigger.sent, trigger, THURSDAY)
    assert (found.date, found.text) == ("2021-09-28", "11:40 pm on Sept. 28")


def test_the_running_date_is_not_given_to_an_event_named_in_passing(nlp):
    text = "Gunmen stormed the village on Monday. The ceasefire led to the withdrawal of the militia from the valley."
    assert dated(nlp, text, "stormed") == ("2016-12-26", "clause")
    assert dated(nlp, text, "withdrawal") == ("2016-12-31", "publication")


def test_a_present_perfect_or_passive_does_not_take_the_paragraphs_year(nlp):
    text = (
        "In 2016 the militants seized the northern towns. "
        "Government forces have been fighting them ever harder. "
        "Four of their commanders are accused of the killings. "
        "Their leaders have been unwilling to release the hostages. "
        "The militants then shelled the capital."
    )
    doc = nlp(text)
    dates = ArticleDates(doc, THURSDAY)
    found = {}
    for sentence in doc.sents:
        for word in ("fighting", "accused", "release", "shelled"):
            token = next((t for t in sentence if t.text == word), None)
            if token is not None:
                found[word] = dates.date_event(sentence, token)
    assert {found[word].precision for word in ("fighting", "accused", "release")} == {"published"}
    assert (found["shelled"].iso, found["shelled"].source) == ("2016", "paragraph")


def test_time_words_of_a_relative_clause_date_its_own_verb_only(nlp):
    doc = nlp("Aksoy, a Kurd who moved to Britain with his family 22 years ago, was killed in Syria.")
    dates = ArticleDates(doc, THURSDAY)
    sentence = next(iter(doc.sents))
    killed = next(t for t in doc if t.text == "killed")
    moved = next(t for t in doc if t.text == "moved")
    assert dates.date_event(sentence, killed).precision == "published"
    assert dates.date_event(sentence, moved).iso == "1999"


def test_a_relative_clause_on_the_event_noun_tells_its_time(nlp):
    doc = nlp("Kurdish leaders were troubled by a Turkish assault that two months ago drove them from the city.")
    dates = ArticleDates(doc, THURSDAY)
    assault = next(t for t in doc if t.text == "assault")
    assert dates.date_event(next(iter(doc.sents)), assault).iso == "2021-07"


@pytest.mark.parametrize(
    "words", ["at 49", "aged 85", "at the age of 62", "in her late 30s", "of this century", "this century"]
)
def test_ages_and_centuries_name_no_year(words):
    assert resolve_expression(words, THURSDAY, False) is None


def test_an_age_in_a_sentence_is_no_year(nlp):
    assert when(nlp, "The writer, who was arrested at 49, left the country.", "arrested") == ("2021-09-30", "published")


@pytest.mark.parametrize(
    "words, decade",
    [("in the 1990s", date(1990, 1, 1)), ("in the late 90s", date(1990, 1, 1)), ("the 20s", date(2020, 1, 1))],
)
def test_a_decade_is_a_decade(words, decade):
    assert resolve_expression(words, THURSDAY, False) == (decade, "decade")


# -- a text whose paragraphs are not marked ---------------------------------------

FLAT_ARTICLE = (
    "Rebels seized the airport in May. The government sent reinforcements to the north. "
    "Aid agencies said food was running short. The city council met to discuss the shortage. "
    "Militias are now fighting for control of the port. The rebels blew up a bridge."
)


def test_without_marked_paragraphs_a_date_runs_on_for_a_few_sentences(nlp):
    # the date of the first sentence dates the next two...
    assert dated(nlp, FLAT_ARTICLE, "sent") == ("2016-05-01", "paragraph")
    # ...but not an event told in no past tense three sentences on: news paragraphs are short
    assert dated(nlp, FLAT_ARTICLE, "discuss") == ("2016-12-31", "publication")


def test_without_marked_paragraphs_a_past_narrative_keeps_its_date(nlp):
    # the rebels' deeds told in the past run on from "in May" however far
    assert dated(nlp, FLAT_ARTICLE, "blew") == ("2016-05-01", "paragraph")


def test_a_marked_paragraph_keeps_its_date_to_its_end(nlp):
    text = FLAT_ARTICLE + "\n\nTroops patrolled the border."
    assert dated(nlp, text, "discuss") == ("2016-05-01", "paragraph")


def test_a_sunday_papers_last_week_is_the_week_ending_that_day(nlp):
    sunday = date(2021, 10, 3)
    assert when(nlp, "Both sides signed a truce last week.", "signed", published=sunday) == ("2021-09-27", "week")
    # on other days "last week" is the week before the one of publication
    assert when(nlp, "Both sides signed a truce last week.", "signed") == ("2021-09-20", "week")


def test_a_time_told_from_the_story_counts_from_the_date_named_before(nlp):
    text = "Rebels seized the airport on March 3. Two days later, the army retook it."
    assert dated(nlp, text, "retook") == ("2016-03-05", "clause")
    text = "The envoys first met in 2014. A year later they signed a truce."
    assert dated(nlp, text, "signed")[0] == "2015-01-01"


def test_a_time_told_from_the_story_names_no_date_without_one(nlp):
    # not two months after the publication date: the story's time is not given
    text = "Two months later, the army deployed drones over the valley."
    assert dated(nlp, text, "deployed") == ("2016-12-31", "publication")
    text = "The next day, the army retook the airport."
    assert dated(nlp, text, "retook") == ("2016-12-31", "publication")


def test_a_time_told_from_the_story_is_no_more_precise_than_its_date(nlp):
    text = "The militia seized the town in 2014. Two days later, it executed the mayor."
    assert dated(nlp, text, "executed")[0] == "2014-01-01"


def test_a_year_in_the_name_of_what_the_event_is_done_to_is_not_its_date(nlp):
    assert when(nlp, "Trump withdrew from the 2015 nuclear deal.", "withdrew") == ("2021-09-30", "published")
    assert when(nlp, "The president criticised the 1997 treaty.", "criticised") == ("2021-09-30", "published")
    text = "The president criticised the 1997 treaty on Tuesday."
    assert when(nlp, text, "criticised") == ("2021-09-28", "day")
    # a weekday dates what it stands on: "Thursday night" is the night of the event
    text = "Gunmen attacked the convoy on Thursday night."
    assert when(nlp, text, "attacked") == ("2021-09-30", "day")


def test_the_year_of_the_events_subject_or_of_what_it_happened_in_is_its_own(nlp):
    assert when(nlp, "The 2003 invasion toppled Saddam.", "toppled") == ("2003-01-01", "year")
    text = "During the 2006 war, Israeli jets bombed the airport."
    assert when(nlp, text, "bombed") == ("2006-01-01", "year")
    text = "After the 2016 coup attempt, the government arrested thousands of officers."
    assert when(nlp, text, "arrested") == ("2016-01-01", "year")


def test_a_past_participle_describing_a_noun_takes_no_date_told_for_the_sentence(nlp):
    text = "On Friday the rebels marched past the ruins of a ceasefire brokered by the two powers."
    assert dated(nlp, text, "brokered") == ("2016-12-31", "publication")
    assert dated(nlp, text, "marched")[1] == "clause"
    # a clause of its own on a noun is no description: its sentence's date is its own
    text = "One August morning, we woke to the news that the militia had attacked the village."
    assert dated(nlp, text, "attacked", published=THURSDAY)[1] == "sentence"


def test_a_time_told_from_the_story_counts_first_from_its_own_sentences_date(nlp):
    text = (
        "The rebels took the town in November. "
        "On Thursday the families buried four fighters who were killed a day earlier."
    )
    assert dated(nlp, text, "killed", published=date(2016, 12, 30)) == ("2016-12-28", "clause")


def test_a_surname_spelt_as_a_month_is_no_date(nlp):
    from spacy.tokens import Span

    from newsevents.resolve.dates import names_a_time

    doc = nlp("Ministers under Theresa May approved the sale. Talks resumed in May.")
    may_the_name, may_the_month = (token.i for token in doc if token.text == "May")
    # the small model sometimes calls the surname a DATE: it is still no month
    doc.ents = [Span(doc, may_the_name, may_the_name + 1, "DATE"), Span(doc, may_the_month, may_the_month + 1, "DATE")]
    name, month = doc.ents
    assert not names_a_time(name)
    assert names_a_time(month)
