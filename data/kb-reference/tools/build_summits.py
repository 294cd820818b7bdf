#!/usr/bin/env python3
"""Build summits-more.json from hand-curated records.

Every date and place below was read on a page named in `source` /
`other_sources` or in ../logs/reading-notes.md (which records the exact
stored copy read, e.g. a Wikipedia mirror or a copy of a UN document).
Nothing is filled in from memory.  Where the cited Wikipedia article was
read through a mirror, the en.wikipedia.org address is cited and the mirror
is logged.  Where only a stored copy of an official document was read and
its official address is not known, the note says so.
"""
import json, os

def W(title):
    return "https://en.wikipedia.org/wiki/" + title

S = []
def s(id, series, name, edition, year, start, end, prec, city, country, status, source,
      other=(), verification="single_source", note=None, venue=None, format=None, type=None, **extra):
    r = {"id": id, "series": series, "name": name, "edition": edition, "year": year,
         "start_date": start, "end_date": end, "date_precision": prec,
         "host_city": city, "host_country": country}
    if venue: r["venue"] = venue
    r["status"] = status
    if format: r["format"] = format
    if type: r["type"] = type
    r["source"] = source
    r["other_sources"] = [u for u in other if u != source]
    r["verification"] = verification
    if note: r["note"] = note
    r.update(extra)
    S.append(r)

MIRROR = "Wikipedia text read through a stored copy (see logs/reading-notes.md). "
NOTREAD_WP = ("Dates from the official UNFCCC report/notification title, read only through a document-sharing copy "
              "(logged in logs/reading-notes.md); the cited Wikipedia article was not itself read for this record. ")

# =====================================================================
# Gaps in the eight existing series
# =====================================================================
s("g20-2020-riyadh-extraordinary", "G20", "Extraordinary G20 Leaders' Summit on COVID-19", None, 2020,
  "2020-03-26", "2020-03-26", "day", "Riyadh (chair)", "Saudi Arabia", "held",
  W("2020_extraordinary_G20_summit_on_COVID-19"),
  ["https://business.financialpost.com/pmn/business-pmn/saudi-king-to-chair-g20-leaders-call-on-coronavirus-on-thursday-statement"],
  "corroborated", MIRROR + "Video conference called and chaired by King Salman (Saudi presidency).",
  format="virtual", type="extraordinary")
s("g20-2023-new-delhi-virtual", "G20", "Virtual G20 Leaders' Summit (Indian presidency)", None, 2023,
  "2023-11-22", "2023-11-22", "day", None, "India", "held",
  "https://www.businesstoday.in/g20-summit/story/pm-modi-to-host-virtual-g20-summit-today-delhi-declaration-israel-hamas-war-likely-on-agenda-406623-2023-11-22",
  ["https://www.hindustantimes.com/india-news/virtual-g20-summit-to-be-held-on-november-22-101700312938577.html"],
  "corroborated", "Chaired online by Narendra Modi to review the New Delhi declaration; some outlets call it an 'extraordinary virtual' summit. News sources only (no official page read).",
  format="virtual")

s("g7-g8-2014-the-hague", "G7/G8", "G7 leaders' meeting, The Hague (Hague Declaration)", None, 2014,
  "2014-03-24", "2014-03-24", "day", "The Hague", "Netherlands", "held",
  "https://www.cbc.ca/news/politics/g7-leaders-put-g8-on-hold-until-russia-changes-course-1.2584653",
  ["https://time.com/35965/world-leaders-cancel-g8-summit-in-russia-after-ukraine-crisis/", "https://ukrweekly.com/uwwp/march-24-2014"],
  "corroborated", "Held on the sidelines of the Nuclear Security Summit; leaders suspended G8 participation and replaced the Sochi G8 with a G7 summit in Brussels.",
  type="leaders_meeting")
s("g7-g8-2020-video-march", "G7/G8", "G7 leaders' video conference on COVID-19 (March 2020)", None, 2020,
  "2020-03-16", "2020-03-16", "day", None, "United States", "held",
  "https://www.forexlive.com/news/!/coronavirus-another-g7-conference-call-coming-up-this-week-thursday-20200415",
  [], "single_source", "US presidency. Only a market-news item referring back to 'a March 16 video conference' was read; no official readout read.",
  format="virtual", type="leaders_meeting")
s("g7-g8-2020-video-april", "G7/G8", "G7 leaders' video conference on COVID-19 (April 2020)", None, 2020,
  "2020-04-16", "2020-04-16", "day", None, "United States", "held",
  "http://www.g7.utoronto.ca/summit/2020usa/raab-200416.html",
  ["https://www.forexlive.com/news/!/coronavirus-another-g7-conference-call-coming-up-this-week-thursday-20200415"],
  "corroborated", "US presidency; 10 Downing Street readout (UK represented by Dominic Raab) as reproduced by the G7 Research Group, University of Toronto.",
  format="virtual", type="leaders_meeting")
s("g7-g8-2021-virtual-february", "G7/G8", "G7 leaders' virtual meeting (February 2021)", None, 2021,
  "2021-02-19", "2021-02-19", "day", None, "United Kingdom", "held",
  "https://www.gov.uk/government/news/readout-of-g7-leaders-virtual-meeting-19-february-2021",
  ["https://www.falmouthpacket.co.uk/news/19105365.g7-cornwall-boris-johnson-speaks-carbis-bay-leaders/"],
  "corroborated", "Chaired by Boris Johnson (UK presidency); first G7 leaders' gathering since April 2020.",
  format="virtual", type="leaders_meeting")
s("g7-g8-2021-virtual-afghanistan", "G7/G8", "G7 leaders' virtual meeting on Afghanistan", None, 2021,
  "2021-08-24", "2021-08-24", "day", None, "United Kingdom", "held",
  "https://www.francetvinfo.fr/monde/royaume-uni/afghanistan-une-reunion-virtuelle-du-g7-aura-lieu-mardi-annonce-boris-johnson_4745221.html",
  ["https://g1.globo.com/mundo/noticia/2021/08/23/reino-unido-deve-pedir-no-g7-a-ampliacao-do-prazo-de-retirada-de-tropas-do-afeganistao.ghtml",
   "https://sursazilei.ro/g7-leaders-vow-steadfast-commitment-to-afghanistan-call-for-inclusive-government"],
  "corroborated", "Convened by Boris Johnson (UK presidency) for Tuesday 24 Aug 2021; joint statement issued after the meeting.",
  format="virtual", type="extraordinary")
s("g7-g8-2023-video-february", "G7/G8", "G7 leaders' video conference with President Zelensky (February 2023)", None, 2023,
  "2023-02-24", "2023-02-24", "day", None, "Japan", "held",
  "https://www.moneycontrol.com/news/world/g7-to-hold-online-meeting-with-zelensky-on-feb-24-japan-pm-10129201.html/amp",
  ["https://www.finanzen.at/nachrichten/aktien/scholz-nimmt-freitag-an-g7-videokonferenz-zur-ukraine-teil-1032108721"],
  "corroborated", "Hosted online by Fumio Kishida (Japan presidency) on the first anniversary of Russia's invasion; the pages read announce the meeting (status 'held' not separately confirmed).",
  format="virtual", type="leaders_meeting")
s("g7-g8-2024-video-february", "G7/G8", "G7 leaders' video conference (February 2024)", None, 2024,
  "2024-02-24", "2024-02-24", "day", None, "Italy", "held",
  "https://rferl.org/amp/g7-leaders-virtual-summit-ukraine-war-anniversary/32833815.html",
  ["https://www.pravda.com.ua/eng/news/2024/02/20/7442776/"],
  "corroborated", "Chaired by Giorgia Meloni (Italy presidency), who joined from Kyiv; second anniversary of Russia's full-scale invasion.",
  format="virtual", type="leaders_meeting")

s("brics-2023-extraordinary-gaza", "BRICS", "Extraordinary joint meeting of BRICS leaders on the Middle East (Gaza)", None, 2023,
  "2023-11-21", "2023-11-21", "day", None, "South Africa", "held",
  "https://allafrica.com/stories/202311210030.html",
  ["https://www.zawya.com/en/world/africa/south-africa-to-chair-brics-meeting-on-the-gaza-crisis-asbdvnn0", "https://iranpress.com/zionists-continue-to-raid-gazan-hospitals"],
  "corroborated", "Convened by Cyril Ramaphosa as BRICS chair; statement of SAnews.gov.za (South African government) as republished by AllAfrica.",
  format="virtual", type="extraordinary")
s("brics-2025-virtual", "BRICS", "Virtual BRICS leaders' summit convened by Brazil (September 2025)", None, 2025,
  "2025-09-08", "2025-09-08", "day", None, "Brazil", "held",
  "https://en.mercopress.com/2025/09/09/lula-da-silva-hosts-virtual-brics-summit",
  ["https://tass.com/world/2013767", "https://thedeepdive.ca/brics-bloc-coordinates-response-to-trump-tariffs"],
  "corroborated", "Convened by Lula (Brazil chair) by video link on US tariffs/multilateralism; India represented by S. Jaishankar.",
  format="virtual", type="extraordinary")
s("brics-2026-india", "BRICS", "18th BRICS summit", 18, 2026,
  None, None, "none", None, "India", "planned",
  "https://tass.com/world/1986083",
  ["https://www.brics2026.gov.in/?p=949", "https://tass.com/world/2004829",
   "https://www.business-standard.com/amp/external-affairs-defence-security/news/pm-modi-invites-chinese-president-xi-to-brics-2026-to-be-hosted-by-india-125083100332_1.html"],
  "corroborated", "India holds the 2026 BRICS chairship from 1 Jan 2026 (Rio declaration, July 2025: 'XVIII BRICS Summit in India'; official chairship site brics2026.gov.in, theme 'Building for Resilience, Innovation, Cooperation and Sustainability'). City and dates not given in the pages read (status as of those 2025 pages; outcome not verified).")

s("sco-2026-bishkek", "SCO", "26th SCO Council of Heads of State (2026)", 26, 2026,
  None, None, "none", "Bishkek", "Kyrgyzstan", "planned",
  "https://tass.com/world/2010153",
  ["https://astanatimes.com/2025/09/sco-summit-in-tianjin-kyrgyzstan-assumes-rotating-chairmanship/"],
  "corroborated", "Kyrgyzstan took the chair at Tianjin (Sept 2025); next meeting in 2026 in Bishkek. Dates not given in the pages read. Edition number inferred from the 25th (Tianjin).",
  edition_derived=True)

s("eas-2026-pasay", "EAS", "21st East Asia Summit", 21, 2026,
  "2026-11-10", "2026-11-12", "range_of_parent_event", "Pasay (Metro Manila)", "Philippines", "planned",
  "https://vietnamnews.vn/world/1763434/philippines-pledges-to-promote-regional-peace-prosperity-during-asean-chairmanship.html",
  ["https://www.gmanetwork.com/news/topstories/nation/972153/ph-prepping-for-us-china-japan-russia-possibly-attending-asean-meet/story"],
  "single_source", "Philippine DFA briefing (8 Jan 2026): 49th ASEAN Summit and related summits 10-12 Nov 2026 at the PICC, Pasay. The EAS is not named separately; span of the parent event only; edition inferred from sequence (20th = 2025). Status as of that briefing.",
  venue="Philippine International Convention Center (PICC)", edition_derived=True)

s("asean-1992-singapore", "ASEAN", "4th ASEAN Summit", 4, 1992,
  "1992-01-27", "1992-01-29", "day", "Singapore", "Singapore", "held",
  "http://www.xinhuanet.com//english/2017-04/29/c_136245337.htm",
  ["http://www.sppit.ac.th/images/stories/asean/meeting.html"],
  "single_source", "Xinhua chronology gives January 1992 (Singapore Declaration; summits to be held every three years); the day span 27-29 Jan comes from a Thai school ASEAN table only.")
s("asean-1995-bangkok", "ASEAN", "5th ASEAN Summit", 5, 1995,
  "1995-12-14", "1995-12-15", "day", "Bangkok", "Thailand", "held",
  "https://asean.or.id/asc/r9596/asc95v1.htm",
  ["http://www.xinhuanet.com//english/2017-04/29/c_136245337.htm", "https://jawawa.id/newsitem/asean-to-hold-informal-meeting-in-december-96-1447893297"],
  "corroborated", "ASEAN Secretariat annual report 1995/96; Southeast Asia Nuclear Weapon-Free Zone Treaty signed; leaders agreed annual informal summits.")
s("asean-1998-hanoi", "ASEAN", "6th ASEAN Summit", 6, 1998,
  "1998-12-15", "1998-12-16", "day", "Hanoi", "Vietnam", "held",
  "http://www.xinhuanet.com//english/2017-04/29/c_136245337.htm",
  ["http://www.sppit.ac.th/images/stories/asean/meeting.html", "https://aseanplusthree.asean.org/joint-statement-on-east-asia-cooperation-28-november-1999/"],
  "single_source", "Xinhua chronology gives December 1998 (Hanoi Declaration, Hanoi Plan of Action); the days 15-16 Dec come from a Thai school ASEAN table only.")
s("asean-1997-kuala-lumpur", "ASEAN", "2nd ASEAN Informal Summit", 2, 1997,
  "1997-12-15", None, "partial", "Kuala Lumpur", "Malaysia", "held",
  "https://aseanplusthree.asean.org/1st-asean-plus-three-summit/",
  [], "single_source", "Only 15 Dec 1997 is sourced: the first ASEAN Plus Three summit held on the sidelines of the 2nd ASEAN Informal Summit (ASEAN Plus Three official site). Full span of the informal summit not verified.",
  type="informal")
s("asean-1999-manila", "ASEAN", "3rd ASEAN Informal Summit", 3, 1999,
  "1999-11-28", None, "partial", "Manila", "Philippines", "held",
  "https://www.mofa.go.jp/region/asia-paci/asean/pmv9911/release_c.html",
  ["https://aseanplusthree.asean.org/joint-statement-on-east-asia-cooperation-28-november-1999/"],
  "corroborated", "Only 28 Nov 1999 is sourced (ASEAN+3 and ASEAN+1 summits and the Joint Statement on East Asia Cooperation, chaired by Joseph Estrada). Full span of the informal summit not verified.",
  type="informal")
s("asean-2020-hanoi-special", "ASEAN", "Special ASEAN Summit on COVID-19 Response", None, 2020,
  "2020-04-14", "2020-04-14", "day", "Hanoi (chair)", "Vietnam", "held",
  "https://vietnamnet.vn/en/politics/pm-phuc-delivers-opening-speech-at-asean-special-summit-on-covid-19-response-633364.html",
  ["https://vietnamnet.vn/en/politics/asean-asean-3-special-summits-on-covid-19-response-to-be-held-online-632305.html",
   "http://www.aseanprnetwork.org/joint-statement-of-the-special-asean-plus-three-summit-on-coronavirus-disease-2019-covid-19/"],
  "corroborated", "Held online, chaired by PM Nguyen Xuan Phuc; a Special ASEAN Plus Three Summit was held the same day.",
  format="virtual", type="special")
s("asean-2021-jakarta-leaders-meeting", "ASEAN", "ASEAN Leaders' Meeting (Myanmar; Five-Point Consensus)", None, 2021,
  "2021-04-24", "2021-04-24", "day", "Jakarta", "Indonesia", "held",
  "https://www.channelnewsasia.com/news/asia/asean-myanmar-meeting-consensus-reached-stop-violence-14687048",
  ["http://m.en.freshnewsasia.com/index.php/en/localnews/22311-2021-04-24-15-30-08.html", "http://theasian.asia/archives/110294"],
  "corroborated", "In-person meeting at the ASEAN Secretariat, chaired by Brunei's Sultan Hassanal Bolkiah (ASEAN chair 2021); attended by Min Aung Hlaing.",
  venue="ASEAN Secretariat", type="special_meeting")

# =====================================================================
# COP - UN climate change conferences
# =====================================================================
def cop(n, year, start, end, prec, city, country, source, other, verif, note, status="held", venue=None, id_city=None, **kw):
    cid = f"cop-{year}-{id_city or city.lower().replace(' ', '-').replace('é','e')}"
    s(cid, "COP", f"COP{n} ({year} United Nations Climate Change Conference)", n, year, start, end, prec,
      city, country, status, source, other, verif, note, venue=venue, **kw)

cop(1, 1995, "1995-03-28", "1995-04-07", "day", "Berlin", "Germany",
    "https://unfccc.int/resource/docs/cop1/07.pdf",
    ["https://enb.iisd.org/events/unfccc-cop-1/summary-report-28-march-7-april-1995"],
    "corroborated", "Official report FCCC/CP/1995/7 (read through a stored copy) and ENB summary agree: 28 Mar - 7 Apr 1995.")
cop(2, 1996, "1996-07-08", "1996-07-19", "day", "Geneva", "Switzerland",
    "http://unfccc.int/cop5/resource/docs/cop2/15.htm",
    ["https://unfccc.int/resource/docs/cop2/15.pdf", "http://enb.iisd.org/climate/cop2news.html"],
    "corroborated", "Official report FCCC/CP/1996/15 (read through a stored copy) and ENB agree.")
cop(3, 1997, "1997-12-01", "1997-12-11", "day", "Kyoto", "Japan",
    "https://unfccc.int/cop4/resource/docs/cop3/07.htm",
    ["https://sns.uba.de/chronik/en.html?c=conference&date_max=1999&date_min=1990", "https://unfccc.int/cop5/resource/docs/cop3/l04.htm", W("1997_United_Nations_Climate_Change_Conference")],
    "conflicting_sources", "Official report FCCC/CP/1997/7: 'held at Kyoto from 1 to 11 December 1997'; the UBA chronicle agrees. The draft report FCCC/CP/1997/L.4 and the tentative schedule give the planned 'Kyoto, 1-10 December 1997' (negotiations ran over). Actual end kept.",
    venue="Kyoto International Conference Hall")
cop(4, 1998, "1998-11-02", "1998-11-14", "day", "Buenos Aires", "Argentina",
    "https://unfccc.int/cop5/resource/docs/cop4/16.htm",
    [W("1998_United_Nations_Climate_Change_Conference"), "https://sns.uba.de/chronik/en.html?c=conference&date_max=1999&date_min=1990"],
    "corroborated", "Official report FCCC/CP/1998/16: held from 2 to 14 November 1998 (IISD: scheduled to 13 Nov, talks ran into the dawn of the 14th).",
    id_city="buenos-aires")
cop(5, 1999, "1999-10-25", "1999-11-05", "day", "Bonn", "Germany",
    "https://unfccc.int/resource/docs/cop5/06.pdf",
    ["https://sns.uba.de/chronik/en.html?c=conference&date_max=1999&date_min=1990"],
    "corroborated", "Official report FCCC/CP/1999/6 (read through a stored copy) and UBA chronicle agree.")
cop(6, 2000, "2000-11-13", "2000-11-24", "day", "The Hague", "Netherlands",
    "http://www.c2es.org/print/international/negotiations/cop-6-netherlands",
    ["http://unfccc.int/documentation/decisions/items/2964.php"],
    "single_source", "Dates from C2ES (Center for Climate and Energy Solutions). The session was suspended without agreement and resumed as COP6 part II in Bonn in July 2001 (separate record).",
    id_city="the-hague")
s("cop-2001-bonn", "COP", "COP6 part II (resumed sixth session, Bonn)", 6, 2001,
  "2001-07-16", None, "partial", "Bonn", "Germany", "held",
  "http://unfccc.int/documentation/decisions/items/2964.php",
  [], "single_source", "Resumed session of COP6 (Bonn Agreements). Start 16 Jul 2001 (Hotel Maritim, Bonn) from a stored record of the official report title; end date not verified.",
  venue="Hotel Maritim")
cop(7, 2001, "2001-10-29", "2001-11-10", "day", "Marrakech", "Morocco",
    W("2001_United_Nations_Climate_Change_Conference"),
    ["https://sns.uba.de/chronik/en.html?c=conference&date_max=2001&date_min=2001", "https://www.bmu.de/download/ergebnisse-der-7-klimakonferenz-in-marrakesch/"],
    "conflicting_sources", "Wikipedia, the UBA chronicle and the official report FCCC/CP/2001/13 ('held at Marrakesh from 29 October to 10 November 2001') agree; the German environment ministry (BMU), Global Issues and a Climate Action Network header give 29 Oct - 9 Nov (scheduled end). Marrakesh Accords adopted.")
cop(8, 2002, "2002-10-23", "2002-11-01", "day", "New Delhi", "India",
    W("2002_United_Nations_Climate_Change_Conference"),
    ["https://unfccc.int/es/node/79893"],
    "corroborated", "UNFCCC page and Wikipedia agree: 23 Oct - 1 Nov 2002. Venue from CSE India; ENB: closing plenary adjourned 1 Nov 2002.",
    venue="Vigyan Bhawan", id_city="new-delhi")
cop(9, 2003, "2003-12-01", "2003-12-12", "day", "Milan", "Italy",
    "http://climatenetwork.org/events/year/2002?page=4",
    [W("2003_United_Nations_Climate_Change_Conference")],
    "single_source", "Dates from the Climate Action Network event list (NGO) only; no official or Wikipedia page was read for COP9.")
cop(10, 2004, "2004-12-06", "2004-12-18", "day", "Buenos Aires", "Argentina",
    "https://enb.iisd.org/climate/cop10/",
    [W("2004_United_Nations_Climate_Change_Conference")],
    "conflicting_sources", "ENB (IISD): scheduled 6-17 Dec 2004; the closing plenary ran into Saturday 18 Dec (from 5:54 am) and was gavelled closed at 10:58 am on 18 Dec. Actual end kept, as for the other COPs; Wikipedia-derived pages give the scheduled 6-17 Dec.",
    id_city="buenos-aires")
cop(11, 2005, "2005-11-28", "2005-12-10", "day", "Montreal", "Canada",
    W("2005_United_Nations_Climate_Change_Conference"),
    [], "single_source", NOTREAD_WP + "Official report FCCC/CP/2005/5: held at Montreal from 28 November to 10 December 2005. Also CMP1.")
cop(12, 2006, "2006-11-06", "2006-11-17", "day", "Nairobi", "Kenya",
    "https://unfccc.int/process-and-meetings/conferences/past-conferences/nairobi-climate-change-conference-november-2006/cmp-2/cmp-2-documents",
    [W("2006_United_Nations_Climate_Change_Conference")],
    "single_source", "UNFCCC page gives 6-17 November 2006 for the concurrent CMP2 session.")
cop(13, 2007, "2007-12-03", "2007-12-15", "day", "Nusa Dua, Bali", "Indonesia",
    "https://en.wikipedia.org/wiki/?oldid=1139972228&title=2007_United_Nations_Climate_Change_Conference",
    ["https://sns.uba.de/chronik/en.html?c=conference&date_max=2008&date_min=2007"],
    "conflicting_sources", "Wikipedia: 3-15 Dec 2007 'though originally planned to end on 14 December'; IISD and UBA give the scheduled 3-14 Dec. Actual end kept.",
    venue="Bali International Conference Centre", id_city="bali")
cop(14, 2008, "2008-12-01", "2008-12-12", "day", "Poznań", "Poland",
    W("2008_United_Nations_Climate_Change_Conference"),
    ["https://www.informea.org/en/event/pozna%C5%84-climate-change-conference-december-2008"],
    "corroborated", MIRROR + "Wikipedia, InforMEA and ENB agree: 1-12 Dec 2008.",
    venue="Poznań International Fair (PIF Congress Centre)", id_city="poznan")
cop(15, 2009, "2009-12-07", "2009-12-18", "day", "Copenhagen", "Denmark",
    W("2009_United_Nations_Climate_Change_Conference"),
    [], "single_source", NOTREAD_WP + "Provisional agenda FCCC/CP/2009/1 and the UNFCCC notification: 7-18 December 2009 (scheduled dates; the closing plenary's end not verified).")
cop(16, 2010, "2010-11-29", "2010-12-10", "day", "Cancún", "Mexico",
    W("2010_United_Nations_Climate_Change_Conference"),
    ["http://climatenetwork.org/events/year/2002?page=4"],
    "conflicting_sources", MIRROR + "Wikipedia and the UNFCCC notice text (via CAN): 29 Nov - 10 Dec 2010. SLoCaT gives 11 Dec as the end (final decisions adopted early 11 Dec) and Down To Earth gives 28 Nov as the start.",
    id_city="cancun")
cop(17, 2011, "2011-11-28", "2011-12-11", "day", "Durban", "South Africa",
    "https://commonslibrary.parliament.uk/research-briefings/sn06140/",
    [W("2011_United_Nations_Climate_Change_Conference"), "https://unfccc.int/ru/node/611329"],
    "conflicting_sources", "UK House of Commons Library, Wikipedia, BMU and the official report title: 28 Nov - 11 Dec 2011 (actual). The UNFCCC conference page gives the scheduled 28 Nov - 9 Dec.")
cop(18, 2012, "2012-11-26", "2012-12-08", "day", "Doha", "Qatar",
    W("2012_United_Nations_Climate_Change_Conference"),
    ["http://www.climatechange.gc.ca/default.asp?lang=En&n=0FEA4F12-1", "https://www.environment.gov.za/event/international/2012cop18dohaqatar"],
    "conflicting_sources", MIRROR + "Wikipedia and Environment Canada: Monday 26 Nov - Saturday 8 Dec 2012 at the Qatar National Convention Centre. The UNFCCC notification and South Africa's environment department give the scheduled 26 Nov - 7 Dec. Actual end kept.",
    venue="Qatar National Convention Centre")
cop(19, 2013, "2013-11-11", "2013-11-23", "day", "Warsaw", "Poland",
    W("2013_United_Nations_Climate_Change_Conference"),
    [], "single_source", NOTREAD_WP + "Official report: held in Warsaw from 11 to 23 November 2013.")
cop(20, 2014, "2014-12-01", "2014-12-14", "day", "Lima", "Peru",
    "https://hansard.parliament.uk/Commons/2014-12-18/debates/14121843000032/LimaClimateChangeConference",
    ["https://commonslibrary.parliament.uk/research-briefings/sn07041/", W("2014_United_Nations_Climate_Change_Conference")],
    "conflicting_sources", "UK written ministerial statement (Hansard, 18 Dec 2014): the COP 'took place in Lima, Peru, from 1-14 December' (actual). The House of Commons Library pre-event briefing and Wikipedia give the scheduled 1-12 Dec 2014. Actual end kept.")
cop(21, 2015, "2015-11-30", "2015-12-13", "day", "Paris (Le Bourget)", "France",
    "https://enb.iisd.org/paris-climate-change-conference-cop21/summary-report",
    [W("2015_United_Nations_Climate_Change_Conference"), "https://www.un-spider.org/news-and-events/events/21st-session-conference-parties-unfccc-cop-21cmp11"],
    "conflicting_sources", "Official report FCCC/CP/2015/10 (read through a stored copy): held in Paris from 30 November to 13 December 2015. ENB: convened 29 Nov - 13 Dec (ADP opened a day early). Wikipedia: 30 Nov - 12 Dec. UNFCCC notification and UN-SPIDER: scheduled 30 Nov - 11 Dec. Official report's 30 Nov - 13 Dec kept.",
    venue="Paris-Le Bourget", id_city="paris")
cop(22, 2016, "2016-11-07", "2016-11-18", "day", "Marrakech", "Morocco",
    W("2016_United_Nations_Climate_Change_Conference"),
    [], "single_source", NOTREAD_WP + "Official report FCCC/CP/2016/10: held in Marrakech from 7 to 18 November 2016.")
cop(23, 2017, "2017-11-06", "2017-11-17", "day", "Bonn", "Germany",
    "https://www.boell.de/en/cop23-bonn",
    [W("2017_United_Nations_Climate_Change_Conference")],
    "conflicting_sources", "Presidency: Fiji (held at the UNFCCC seat in Bonn). Heinrich Böll Foundation: 6-17 Nov 2017; a blog says the conference concluded 18 Nov 2017 (closing plenary ran past midnight, not verified).")
cop(24, 2018, "2018-12-02", "2018-12-15", "day", "Katowice", "Poland",
    W("2018_United_Nations_Climate_Change_Conference"),
    [],
    "conflicting_sources", "Wikipedia (current) and the official report FCCC/CP/2018/10 (read through a stored copy): held 2-15 December 2018 at the International Congress Centre, Katowice. Pre-conference pages and an older Wikipedia revision give the scheduled 2-14 Dec. Actual end kept.",
    venue="International Congress Centre (ICC)")
cop(25, 2019, "2019-12-02", "2019-12-15", "day", "Madrid", "Spain",
    "https://climate-diplomacy.org/events/unfccc-cop-25",
    [W("2019_United_Nations_Climate_Change_Conference")],
    "conflicting_sources", "Presidency: Chile (moved to Madrid after Chile withdrew on 30 Oct 2019). Scheduled 2-13 Dec 2019 (climate-diplomacy.org); the deal was reached and the conference ended on Sunday 15 Dec 2019 (European Sources Online; UN). Actual end kept.")
cop(26, 2021, "2021-10-31", "2021-11-12", "day", "Glasgow", "United Kingdom",
    W("2021_United_Nations_Climate_Change_Conference"),
    ["https://unfccc.int/fr/processus-et-reunions/les-conferences/en-route-pour-glasgow"],
    "single_source", NOTREAD_WP + "Draft report FCCC/CP/2021/L.1 (dated 11 Nov): held at the Scottish Event Campus from 31 October to 12 November 2021 (scheduled; whether the closing ran past 12 Nov was not verified). All 2020 UNFCCC sessions were postponed to 2021 (COVID-19), per UNFCCC.",
    venue="Scottish Event Campus")
cop(27, 2022, "2022-11-06", "2022-11-20", "day", "Sharm el-Sheikh", "Egypt",
    W("2022_United_Nations_Climate_Change_Conference"),
    ["https://issi.org.pk/issue-brief-on-pakistan-at-cop27/"],
    "conflicting_sources", "NGO/think-tank pages: held 6-20 Nov 2022 (Kenya environmental lawyers; ISSI: opened 6 Nov; CSE: loss-and-damage fund agreed 20 Nov). Pre-conference news (The Times, EFE, Wageningen University) give the scheduled 6-18 Nov. Actual end kept. Cited Wikipedia article not returned by the searches.",
    venue="Sharm El Sheikh International Convention Centre", id_city="sharm-el-sheikh")
cop(28, 2023, "2023-11-30", "2023-12-13", "day", "Dubai", "United Arab Emirates",
    W("2023_United_Nations_Climate_Change_Conference"),
    ["https://unfccc.int/ru/node/625374"],
    "conflicting_sources", MIRROR + "Wikipedia: 30 Nov - 13 Dec 2023, 'originally scheduled to end on 12 December'; the UNFCCC page gives the scheduled 30 Nov - 12 Dec. Actual end kept.",
    venue="Expo City Dubai")
cop(29, 2024, "2024-11-11", "2024-11-24", "day", "Baku", "Azerbaijan",
    "https://azertag.az/en/xeber/cop29_adopts_new_collective_quantified_goal_on_climate_finance-3300468",
    [W("2024_United_Nations_Climate_Change_Conference")],
    "conflicting_sources", "Scheduled 11-22 Nov 2024 (AzerNews, Lusa); extended: the closing plenary adopted the NCQG climate-finance goal on 24 Nov (AZERTAC, 'Baku, November 24'; Euronews: extended by two days); Caliber.az says the conference concluded on 23 Nov (the closing plenary opened on 23 Nov). Actual end 24 Nov kept.")
cop(30, 2025, "2025-11-10", "2025-11-22", "day", "Belém", "Brazil",
    "https://themetrotimes.ph/chaos-clashes-and-a-climate-deal-cop30-ends-in-a-storm-of-drama-in-brazil",
    [W("2025_United_Nations_Climate_Change_Conference"), "https://www.tag24.com/science/environment/cop30-fossil-fuel-fight-threatens-to-sink-climate-talks-as-negotiations-run-into-overtime-3441504"],
    "conflicting_sources", "Scheduled Mon 10 - Fri 21 Nov 2025 (COP28 decision text); the concluding plenary opened on Saturday afternoon 22 Nov 2025, nearly a day behind schedule (AFP via The Metro Times; tag24/AFP: talks ran into overtime on Saturday; UNFCCC Executive Secretary's closing statement as quoted by a news aggregator, logged). News sources only. Leaders' Belém Climate Summit preceded it on 6 Nov.",
    id_city="belem")
cop(31, 2026, None, None, "none", "Antalya", "Türkiye",
    "https://www.trtworld.com/article/ab365790cb14",
    ["https://capitalreset.uol.com.br/?p=315032"],
    "corroborated", "Decided at Belém (Nov 2025): Türkiye hosts COP31 in Antalya with the presidency, Australia acts as 'President for Negotiations', pre-COP in the Pacific. Dates not announced in the pages read (status as of Nov 2025; outcome not verified).",
    status="planned")

# =====================================================================
# CHOGM - Commonwealth Heads of Government Meetings
# =====================================================================
def chogm(year, n, start, end, prec, city, country, source, other, verif, note=None, venue=None, status="held", id_city=None):
    cid = f"chogm-{year}-{id_city or city.lower().replace(' ', '-')}"
    s(cid, "CHOGM", f"{year} Commonwealth Heads of Government Meeting", n, year, start, end, prec,
      city, country, status, source, other, verif, note, venue=venue)

def WC(year):  # current en.wikipedia title pattern
    return W(f"{year}_Commonwealth_Heads_of_Government_Meeting")

chogm(1991, 12, "1991-10-16", "1991-10-21", "day", "Harare", "Zimbabwe", WC(1991), [], "single_source",
      MIRROR + "Retreat at Victoria Falls; chaired by Robert Mugabe; Harare Declaration.")
chogm(1993, 13, "1993-10-21", "1993-10-25", "day", "Limassol", "Cyprus", WC(1993), [], "single_source",
      MIRROR + "Chaired by Glafcos Clerides.")
chogm(1995, 14, "1995-11-10", "1995-11-13", "day", "Auckland", "New Zealand", WC(1995), [], "single_source",
      MIRROR + "Retreat at Millbrook (Millbrook Action Programme); chaired by Jim Bolger.")
chogm(1997, 15, "1997-10-24", "1997-10-27", "day", "Edinburgh", "United Kingdom", WC(1997), [], "single_source",
      MIRROR + "Retreat at St Andrews; chaired by Tony Blair; Edinburgh Declaration.")
chogm(1999, 16, "1999-11-12", "1999-11-15", "day", "Durban", "South Africa",
      "https://dirco1.azurewebsites.net/foreign/Multilateral/inter/durban2001.htm",
      [WC(1999), "http://www.dirco.gov.za/docs/speeches/1999/paha1018.htm", "https://www.britannica.com/topic/Commonwealth-association-of-states-Year-In-Review-1999"],
      "conflicting_sources",
      "Durban Communiqué (South African DIRCO copy): 'met in Durban from 12 to 15 November 1999'; DIRCO pre-briefing (ICC Durban, retreat at George 13/14 Nov) and Britannica agree on 12-15 Nov. Wikipedia gives 12-14 Nov. Official 12-15 kept; chaired by Thabo Mbeki.",
      venue="International Convention Centre, Durban")
chogm(2002, 17, "2002-03-02", "2002-03-05", "day", "Coolum", "Australia",
      "http://www.thecommonwealth.org/document/181889/34293/35232/152035/35241/coolum_communique.htm",
      [WC(2002), "https://pmtranscripts.pmc.gov.au/node/22946"], "corroborated",
      "Official Coolum Communiqué: 'met in Coolum from 2-5 March 2002'. Originally set for Brisbane from 6 Oct 2001; postponed on 28 Sep 2001 after the 11 September attacks.")
chogm(2003, 18, "2003-12-05", "2003-12-08", "day", "Abuja", "Nigeria", WC(2003), [], "single_source",
      MIRROR + "Venue Aso Rock; chaired by Olusegun Obasanjo.", venue="Aso Rock")
chogm(2005, 19, "2005-11-25", "2005-11-27", "day", "Valletta", "Malta", WC(2005),
      [], "corroborated",
      "Canada Privy Council Office news release of 23 Nov 2005 (archived by Library and Archives Canada; address in logs): held from November 25 to 27, 2005. Retreat at Mellieħa; chaired by Lawrence Gonzi.")
chogm(2007, 20, "2007-11-23", "2007-11-25", "day", "Kampala", "Uganda", WC(2007), [], "single_source",
      "Venue Munyonyo; chaired by Yoweri Museveni.", venue="Munyonyo")
chogm(2009, 21, "2009-11-27", "2009-11-29", "day", "Port of Spain", "Trinidad and Tobago", WC(2009), [], "single_source",
      "Venue Hyatt Regency and Conference Centre; chaired by Patrick Manning.", venue="Hyatt Regency and Conference Centre")
chogm(2011, 22, None, None, "none", "Perth", "Australia",
      "https://www.commonwealthofnations.org/commonwealth/commonwealth-heads-of-government-meetings/",
      [WC(2011)], "single_source",
      "Host city Perth confirmed; the page read says 'in November 2011' but no day dates were read and the month is not corroborated, so no date is given.")
chogm(2013, 23, "2013-11-15", "2013-11-17", "day", "Colombo", "Sri Lanka",
      "http://secretariat.thecommonwealth.org/news/34580/34581/251758/071212chogm.htm",
      [WC(2013)], "corroborated", "Commonwealth Secretariat announcement of the dates; Wikipedia (via copy) agrees.")
chogm(2015, 24, "2015-11-27", "2015-11-29", "day", None, "Malta", WC(2015), [], "corroborated",
      "Wikipedia and the host site chogm2015.mt agree on the dates; the host city was not recorded when read, left empty.", id_city="malta")
chogm(2018, 25, "2018-04-19", "2018-04-20", "day", "London", "United Kingdom", WC(2018), [], "conflicting_sources",
      "Leaders' sessions 19-20 Apr 2018 in London and Windsor per Wikipedia; a health-NGO page dates the CHOGM week 15-19 Apr (forums before the leaders' sessions). Leaders' dates kept.")
chogm(2022, 26, "2022-06", None, "month", "Kigali", "Rwanda", WC(2022),
      [], "single_source",
      "CPU and Jamaica Observer pages: held in Kigali in the week of 20 June 2022 after two postponements (June 2020, June 2021; COVID-19). Exact days not read.")
chogm(2024, 27, "2024-10-21", "2024-10-26", "day", "Apia", "Samoa",
      "http://newtimes.co.rw/article/21188/news/international/kagame-in-samoa-for-chogm-2024/amp",
      [WC(2024), "https://jamaica-gleaner.com/article/news/20230703/chogm-be-held-samoa-2024",
       "https://www.anews.com.tr/world/2024/10/23/leaders-top-diplomats-gather-in-samoa-to-attend-commonwealth-meeting"],
      "corroborated",
      "CHOGM week 21-26 Oct 2024 (The New Times; the Commonwealth announcement via the Jamaica Gleaner: 'beginning on October 21, 2024'); the heads-of-government sessions themselves were on Friday-Saturday 25-26 Oct (Anadolu). First CHOGM in a Pacific small island state; Samoa took over the chair from Rwanda.")
chogm(2026, 28, "2026-11-01", "2026-11-04", "day", "St John's", "Antigua and Barbuda", WC(2026),
      ["https://antiguanewsroom.com/antigua-and-barbuda-to-host-the-commonwealth-heads-of-government-meeting-in-2026",
       "https://thecommonwealth.org/news-speech/commonwealth-secretary-generals-speech-launch-ceremony-chogm2026"], "corroborated",
      "Wikipedia, the Antigua Observer and Dadli News give 1-4 Nov 2026 (launch ceremony with the Commonwealth Secretary-General on 4 Nov 2025; host decided at CHOGM 2024). Planned dates as published before the meeting (status as of the pages read; outcome not verified).", status="planned",
      id_city="st-johns")

# =====================================================================
# UNGA - general debates
# =====================================================================
def unga(session, year, start, end, note, source, other, verif, format=None):
    s(f"unga-{year}-new-york", "UNGA", f"General debate of the {session}th session of the UN General Assembly", session, year,
      start, end, "day", "New York", "United States", "held", source, other, verif, note,
      venue="General Assembly Hall, United Nations Headquarters", format=format)

unga(75, 2020, "2020-09-22", "2020-09-29",
     "Debate days 22-26 and 29 Sep 2020. First general debate without leaders present: pre-recorded video statements were played in the Assembly Hall (COVID-19); PGA Volkan Bozkır.",
     "http://webtv.un.org/news-features/news-story/watch/united-nations-75th-general-assembly-opens-amid-pandemic/6193564218001/",
     ["https://press.un.org/en/2020/ga12273.doc.htm", W("General_debate_of_the_seventy-fifth_session_of_the_United_Nations_General_Assembly")],
     "corroborated", format="virtual")
unga(77, 2022, "2022-09-20", "2022-09-26", "PGA Csaba Kőrösi; theme 'Solutions through Solidarity, Sustainability and Science'. " + MIRROR,
     W("General_debate_of_the_seventy-seventh_session_of_the_United_Nations_General_Assembly"),
     ["https://tass.com/world/1507027", "https://gadebate.un.org/en/77/president-general-assembly-closing"], "corroborated")
unga(78, 2023, "2023-09-19", "2023-09-26", "Debate days 19-23 and 26 Sep 2023 (UN provisional schedule); session opened 5 Sep 2023; PGA Dennis Francis.",
     "https://sdg.iisd.org/news/leaders-reflect-on-uns-institutional-challenges-as-high-level-week-ends",
     ["https://dig.watch/resource/provisional-schedule-for-the-78th-session-of-the-general-assembly"], "corroborated")
unga(79, 2024, "2024-09-24", "2024-09-30", "Per the Diplo/GIP session records Day 2 was 25 Sep and Day 6 (the final day) 30 Sep 2024, so the debate days were 24-28 and 30 Sep. PGA Philemon Yang.",
     "https://dig.watch/?p=186061",
     ["https://dig.watch/event/79th-session-of-the-un-general-assembly-unga-79/day-2-general-debate-general-assembly-79th-session-morning-session",
      W("General_debate_of_the_seventy-ninth_session_of_the_United_Nations_General_Assembly")], "single_source")
unga(80, 2025, "2025-09-23", "2025-09-29", "PGA Annalena Baerbock; theme 'Better together: 80 years and more for peace, development and human rights'. Concluded Monday 29 Sep (Xinhua). " + MIRROR,
     W("General_debate_of_the_eightieth_session_of_the_United_Nations_General_Assembly"),
     ["http://en.people.cn/n3/2025/0930/c90000-20373066.html", "https://azertag.az/en/xeber/better_together_world_leaders_address_the_80th_united_nations_general_assembly-3759707"],
     "corroborated")

# =====================================================================
# WEF - World Economic Forum annual meetings
# =====================================================================
def wef(year, n, start, end, city, country, source, other, verif, note, status="held", prec="day", id_city=None):
    s(f"wef-{year}-{id_city or city.lower().replace(' ', '-')}", "WEF",
      f"World Economic Forum Annual Meeting {year}", n, year, start, end, prec, city, country, status,
      source, other, verif, note)

wef(2002, 31, "2002-01-31", "2002-02-04", "New York City", "United States",
    "https://www.upi.com/Business_News/2002/01/29/World-Economic-Forum-to-meet-in-NYC/UPI-44071012340374/",
    ["https://www.investmentexecutive.com/news/research-and-markets/world-economic-forum-to-gather-in-new-york", "https://amp.dw.com/en/eyes-on-new-york-city-again/a-423491"],
    "conflicting_sources", "Moved from Davos to the Waldorf-Astoria, New York, in solidarity after 11 September 2001; 31 Jan - 4 Feb per the WEF announcement and UPI. An AP report of Nov 2001 gave 31 Jan - 5 Feb (planned). Edition '31st' from DW/Washington Post.",
    id_city="new-york")
wef(2020, 50, "2020-01-21", "2020-01-24", "Davos", "Switzerland",
    "https://es.weforum.org/events/world-economic-forum-annual-meeting-2020/about",
    ["https://globalgiants.com/archives/2019/11/world_economic_24.html", "https://www.aacc.co.at/weltwirtschaftsforum-2020-in-davos"],
    "corroborated", "50th Annual Meeting, 'Stakeholders for a Cohesive and Sustainable World'. Dates from the WEF release of 18 Nov 2019 (as republished) and a post-event report; the weforum.org page read gives the theme.")
wef(2021, None, "2021-08-17", "2021-08-20", "Singapore", "Singapore",
    "https://www.businesslive.co.za/bd/world/asia/2021-05-17-world-economic-forum-scraps-2021-annual-meeting-in-singapore/",
    ["https://rediff.com/money/report/wef-cancels-2021-meet-next-summit-in-h1-of-2022/20210517.htm"],
    "corroborated", "Special Annual Meeting 2021, planned for Singapore 17-20 Aug 2021 (earlier planned for Lucerne-Bürgenstock, 13-16 May 2021), cancelled on 17 May 2021 (COVID-19). An online 'Davos Agenda' week was held in January instead (not a record here).",
    status="cancelled")
wef(2022, None, "2022-05-22", "2022-05-26", "Davos", "Switzerland",
    "https://thetechyworld.com/news/india-news/world-economic-forum-reschedules-annual-meeting-2022-for-may-22-26-in-davos/",
    [], "single_source", "Deferred from January 2022 (Omicron); theme 'Working Together, Restoring Trust'. Single news page read.")
wef(2023, 53, "2023-01-16", "2023-01-20", "Davos", "Switzerland",
    "https://www.weforum.org/events/world-economic-forum-annual-meeting-2023/about/meeting-overview/",
    ["https://www.hellenicshippingnews.com/cooperation-in-a-fragmented-world-addressing-pressing-crises-tackling-future-challenges/"],
    "corroborated", "53rd Annual Meeting, 'Cooperation in a Fragmented World' (Davos-Klosters).")
wef(2024, 54, "2024-01-15", "2024-01-19", "Davos", "Switzerland",
    "https://moderndiplomacy.eu/2024/01/19/wef-annual-meeting-2024-rebuilding-trust-amid-uncertainty/",
    ["https://bnnbreaking.com/tech/ai-ml/world-economic-forum-2024-rebuilding-trust-in-davos/"],
    "corroborated", "54th Annual Meeting, 'Rebuilding Trust'. News sources (one republishing the WEF closing release).")
wef(2025, 55, "2025-01-20", "2025-01-24", "Davos", "Switzerland",
    "https://miragenews.com/annual-meeting-2025-collaboration-for-1396711",
    ["https://khabarasia.com/?p=71978"],
    "corroborated", "55th Annual Meeting, 'Collaboration for the Intelligent Age' (Davos-Klosters). WEF closing release as republished.")
wef(2026, 56, "2026-01-19", "2026-01-23", "Davos", "Switzerland",
    "https://www.nationthailand.com/news/world/40061411",
    ["https://neweralive.na/world-leaders-expected-at-wef-meeting", "https://www.entrepreneur.com/en-ae/growth-strategies/world-economic-forum-to-convene-global-leaders-in-davos-for/501910"],
    "corroborated", "56th Annual Meeting, 'A Spirit of Dialogue' (Davos-Klosters). One December 2025 report said 19-24 Jan; the later reports agree on 19-23 Jan.")

# =====================================================================
# European Council (only meetings actually read; the series is far from complete)
# =====================================================================
def euco(id, name, year, start, end, city, country, source, other, verif, note, type=None, prec="day"):
    s(id, "European Council", name, None, year, start, end, prec, city, country, "held", source, other, verif, note, type=type)

euco("european-council-1990-rome", "Rome European Council (December 1990)", 1990, "1990-12-14", "1990-12-15", "Rome", "Italy",
     "https://www.cvce.eu/recherche/unit-content/-/unit/en/02bb76df-d066-4c08-a58a-d4686a3e68ff/51f02a97-8ca6-4e94-a616-38b79abf9190/Resources",
     [W("List_of_European_Council_meetings")], "corroborated",
     "CVCE (University of Luxembourg) unit: 'The Rome European Council (14 and 15 December 1990)', conclusions adopted 15 Dec 1990 opening the two IGCs; the title of the official conclusions seen in a document list agrees. (Source switched in the second pass; the Wikipedia list row itself was not read.)")
euco("european-council-1993-copenhagen", "Copenhagen European Council (June 1993)", 1993, "1993-06-21", "1993-06-22", "Copenhagen", "Denmark",
     "https://webintra.cvce.eu/en/obj/copenhagen_european_council_copenhagen_21_22_june_1993-en-ccf5d553-55c1-4e3a-99eb-8d88b09cfb24.html",
     ["http://www.consilium.europa.eu/media/21222/72922.pdf"], "corroborated",
     "Set the 'Copenhagen criteria' for accession; chaired by Poul Nyrup Rasmussen (Bulletin of the EC 6/1993 agrees).")
euco("european-council-1999-cologne", "Cologne European Council (June 1999)", 1999, "1999-06-03", "1999-06-04", "Cologne", "Germany",
     "https://www.europarl.europa.eu/summits/kol1_en.htm", [], "single_source",
     "Presidency Conclusions on the European Parliament's summits archive: 'The European Council met in Cologne on 3 and 4 June 1999'; Javier Solana designated High Representative for the CFSP.")
euco("european-council-1999-tampere", "Tampere special European Council on justice and home affairs (October 1999)", 1999, "1999-10-15", "1999-10-16", "Tampere", "Finland",
     "https://eag.org.uk/speechhistoric/speech-by-his-excellency-mr-pertti-salolainen/", [], "single_source",
     "Speech by the Finnish ambassador (31 Jan 2000) on the Finnish Presidency: 'Tampere Special Meeting of the European Council on Justice and Home Affairs (15 and 16 October 1999)'.",
     type="special_meeting")
euco("european-council-1999-helsinki", "Helsinki European Council (December 1999)", 1999, "1999-12-10", "1999-12-11", "Helsinki", "Finland",
     "http://www.scoop.co.nz/stories/GE9912/S00055.htm",
     ["https://eag.org.uk/speechhistoric/speech-by-his-excellency-mr-pertti-salolainen/"], "corroborated",
     "Presidency Conclusions 'Helsinki European Council, 10 and 11 December 1999' as republished by Scoop; the Finnish ambassador's speech agrees (candidate status for Turkey, six more accession negotiations).")
euco("european-council-2002-copenhagen", "Copenhagen European Council (December 2002)", 2002, "2002-12-12", "2002-12-13", "Copenhagen", "Denmark",
     "http://www.cyprusembassy.net/home/index.php?module=article&id=899", [], "corroborated",
     "Presidency Conclusions ('met in Copenhagen on 12 and 13 December 2002'; Council doc 15917/02, read through a stored copy): accession negotiations with ten states concluded.")
euco("european-council-2018-brussels-art50", "Special meeting of the European Council (Art. 50), November 2018", 2018, "2018-11-25", "2018-11-25", None, None,
     "http://www.newspress.fr/communique_309907_6925_RSS-FR-TS-50.aspx",
     ["https://grahambishop.com/ViewArticle.aspx?CAT_ID=511&id=40276"], "corroborated",
     "EU27 leaders (Sunday) endorsed the Brexit Withdrawal Agreement and approved the Political Declaration. European Council press text as republished; the place is not stated in the texts read, so host city/country are left empty.",
     type="special_meeting")
euco("european-council-2019-brussels-art50", "Special meeting of the European Council (Art. 50), April 2019", 2019, "2019-04-10", "2019-04-10", "Brussels", "Belgium",
     "https://www.consilium.europa.eu/en/meetings/european-council/2019/04/10/",
     ["https://www.europeansources.info/record/special-european-council-art-50-10-april-2019/"], "corroborated",
     "EU27 agreed to extend the Article 50 period to 31 Oct 2019 (conclusions EUCO XT 20015/19, 'Brussels, 10 April 2019'). The consilium page is cited as given by European Sources Online; it was not opened directly.",
     type="special_meeting")
euco("european-council-2020-brussels-special", "Special European Council, July 2020 (recovery package and MFF)", 2020, "2020-07-17", "2020-07-21", "Brussels", "Belgium",
     "https://www.eudays.eu/en/event/extraordinary-european-council-17-21-07-2020/", [], "single_source",
     "Leaders agreed the recovery package and the 2021-2027 budget; in person, hosted by Charles Michel.",
     type="special_meeting")

# =====================================================================
# Second pass (kb-events, session 2): European Council meetings 1990-2025
# Every row below was read on the page cited (or the page named in the note);
# see logs/reading-notes.md, section "Second pass".  ids carry the month
# because Brussels hosts several meetings a year.
# =====================================================================
EPRS = "European Parliamentary Research Service (EPRS) "
DK = "Danish Parliament EU information service (eu.dk / EU-Oplysningen), "
AEI = ("Bulletin of the European Communities text in the Archive of European Integration (University of Pittsburgh) dossier, "
       "read through a document-sharing copy of that PDF (copy not cited). ")

def eu(ym, city_id, name, start, end, city, country, source, other, verif, note,
       type=None, format=None, prec="day", status="held", venue=None):
    year = int(ym[:4])
    if city is None and format != "virtual":
        note = note + " Host city not stated in the pages read, so left empty."
    s(f"european-council-{ym}-{city_id}", "European Council", name, None, year, start, end, prec,
      city, country, status, source, other, verif, note, venue=venue, format=format, type=type)

# ---- 1990s ----
eu("1990-04", "dublin", "Special European Council, Dublin (28 April 1990)", "1990-04-28", "1990-04-28", "Dublin", "Ireland",
   "https://www.margaretthatcher.org/document/114170",
   ["https://www.independent.ie/world-news/europe/germany-will-forever-be-grateful-to-ireland-39169572.html",
    "https://bpb.de/themen/zeit-kulturgeschichte/deutschland-chronik/132332/28-april-1990"],
   "corroborated", "Presidency conclusions (Bulletin EC) in the Thatcher Foundation archive, dated Sat 28 Apr 1990, venue Dublin; welcomed German unification. Irish Independent and the German Federal Agency for Civic Education (bpb) agree (chaired by Charles Haughey).",
   type="extraordinary")
eu("1990-10", "rome", "Special European Council, Rome (27-28 October 1990)", "1990-10-27", "1990-10-28", "Rome", "Italy",
   "https://www.margaretthatcher.org/document/109378",
   ["https://www.consilium.europa.eu/media/20554/1990_october_-_rome__eng_.pdf"],
   "single_source", "Thatcher Foundation archive of the presidency conclusions: 'The Rome European Council met on 27 and 28 Oct 1990'; it gives the Council PDF as its source (that PDF was not opened). The Luxembourg conclusions of June 1991 refer to 'the two European Councils held in Rome'.",
   type="extraordinary")
eu("1991-06", "luxembourg", "Luxembourg European Council (28-29 June 1991)", "1991-06-28", "1991-06-29", "Luxembourg", "Luxembourg",
   "https://johnmajorarchive.org.uk/1991/06/29/luxembourg-european-council-presidency-conclusions-29-june-1991/",
   ["https://www.cvce.eu/en/recherche/unit-content/-/unit/b9fe3d6d-e79c-495e-856d-9729144d2cbd/e034acbd-968b-4d63-88a6-8329c5f2e6c9/Resources"],
   "corroborated", "Presidency conclusions as reproduced by the John Major Archive ('held on the 28th and 29th June 1991'); CVCE agrees (European Parliament resolution of 10 July 1991 on it).")
eu("1991-12", "maastricht", "Maastricht European Council (9-10 December 1991)", "1991-12-09", "1991-12-10", "Maastricht", "Netherlands",
   "https://www.cvce.eu/recherche/unit-content/-/unit/en/02bb76df-d066-4c08-a58a-d4686a3e68ff/51f02a97-8ca6-4e94-a616-38b79abf9190/Resources",
   ["https://www.cvce.eu/en/education/unit-content/-/unit/de/02bb76df-d066-4c08-a58a-d4686a3e68ff/0d60f8e9-483d-460d-bee8-58b42d681368/Resources",
    "http://aei.pitt.edu/1418/1/Maastricht_dec_1991.pdf"],
   "corroborated", "CVCE: 'On 9 and 10 December 1991, the Heads of State or Government of the Twelve meet as the European Council in Maastricht'; Bulletin EC 12/1991 (AEI dossier, read through a copy): chaired by Ruud Lubbers. Agreement on the Treaty on European Union.")
eu("1992-06", "lisbon", "Lisbon European Council (26-27 June 1992)", "1992-06-26", "1992-06-27", "Lisbon", "Portugal",
   "http://aei.pitt.edu/1420/1/Lisbon_june_1992.pdf", [],
   "single_source", AEI + "Bulletin EC 6/1992: meeting held in Lisbon on 26 and 27 June, chaired by Anibal Cavaco Silva.")
eu("1992-10", "birmingham", "Extraordinary European Council, Birmingham (16 October 1992)", "1992-10-16", "1992-10-16", "Birmingham", "United Kingdom",
   "https://www.cvce.eu/de/obj/conclusions_of_the_birmingham_european_council_16_october_1992-en-a8dd73f1-8ea2-46aa-976a-8db81e32f214.html",
   ["https://johnmajorarchive.org.uk/1992/10/16/mr-majors-joint-press-conference-with-jacques-delors-16-october-1992/", "https://johnmajorarchive.org.uk/?p=5595"],
   "corroborated", "CVCE record of the conclusions of the presidency (SN 343/1/92): Birmingham Declaration adopted on 16 October 1992; John Major's press conference with Jacques Delors held in Birmingham on Friday 16 October 1992 and his Commons statement of 20 October agree (meeting called after the currency turmoil).",
   type="extraordinary")
eu("1992-12", "edinburgh", "Edinburgh European Council (11-12 December 1992)", "1992-12-11", "1992-12-12", "Edinburgh", "United Kingdom",
   "https://johnmajorarchive.org.uk/1992/12/14/mr-majors-commons-statement-on-the-1992-european-council-in-edinburgh-14-december-1992/",
   ["https://the-independent.com/news/world/europe/the-edinburgh-summit-agenda-for-the-summit-1562826.html"],
   "corroborated", "John Major's Commons statement of 14 Dec 1992 on 'the European Council in Edinburgh on 11 and 12 December'; the presidency conclusions (SN 456/1/92, read through a document-sharing copy) agree; The Independent printed the summit agenda (lunch at Edinburgh Castle).")
eu("1994-06", "corfu", "Corfu European Council (24-25 June 1994)", "1994-06-24", "1994-06-25", "Corfu", "Greece",
   "https://webintra.cvce.eu/en/obj/conclusions_of_the_corfu_european_council_extract_concerning_the_intergovernmental_conference_24_25_june_1994-en-6645bf24-ed21-4047-824c-664803aae5e1.html",
   ["http://aei.pitt.edu/1444/1/corfu_june_1994.pdf"],
   "corroborated", "CVCE (conclusions, Bulletin EC 6/1994) and the Bulletin text in the AEI dossier (read through a copy): held in Corfu on 24 and 25 June 1994, chaired by Andreas Papandreou.")
eu("1994-12", "essen", "Essen European Council (9-10 December 1994)", "1994-12-09", "1994-12-10", "Essen", "Germany",
   "http://aei.pitt.edu/1447/1/essen_dec_1994.pdf", [],
   "single_source", AEI + "Bulletin EC 12/1994: 'Essen, 9 and 10 December', chaired by Helmut Kohl; Delors' last summit as Commission President.")
eu("1995-06", "cannes", "Cannes European Council (26-27 June 1995)", "1995-06-26", "1995-06-27", "Cannes", "France",
   "http://aei.pitt.edu/1446/1/cannes_june_1995.pdf", [],
   "single_source", AEI + "Bulletin EC 6/1995: held in Cannes on 26 and 27 June, chaired by Jacques Chirac; first with all 15 member states.")
eu("1995-12", "madrid", "Madrid European Council (15-16 December 1995)", "1995-12-15", "1995-12-16", "Madrid", "Spain",
   "https://johnmajorarchive.org.uk/1995/12/16/presidency-conclusions-following-madrid-european-council-16-december-1995",
   ["http://aei.pitt.edu/1452/1/madrid_dec_1995.pdf"],
   "corroborated", "Presidency conclusions ('The European Council, meeting in Madrid on 15 and 16 December 1995'; name 'Euro' adopted) in the John Major Archive; Bulletin EC 12/1995 (AEI, read through a copy) agrees, chaired by Felipe Gonzalez.")
eu("1996-03", "turin", "Turin European Council (29 March 1996)", "1996-03-29", "1996-03-29", "Turin", "Italy",
   "http://www.cosac.eu/italy1996/", ["http://www.europarl.europa.eu/igc1996/pos-it_en.htm", "http://www.consilium.europa.eu/ueDocs/cms_Data/docs/pressdata/en/gena/028a0001.htm"],
   "corroborated", "COSAC ('conclusions of the European Council in Turin on 29 March 1996'), the European Parliament's IGC 1996 page (opening of the IGC in Turin, on 29 March 1996) and a Council press release ('arrangements for the European Council meeting in Turin on 29 March 1996') agree. Special meeting opening the Intergovernmental Conference (type not stated in the pages read).")
eu("1996-06", "florence", "Florence European Council (21-22 June 1996)", "1996-06-21", "1996-06-22", "Florence", "Italy",
   "https://www.cvce.eu/de/obj/florence_european_council_florence_21_and_22_june_1996-en-b2445820-0394-4799-b040-811727b55207.html", [],
   "single_source", "CVCE: meeting of the European Council held in Florence on 21 and 22 June 1996 (Council photo record).")
eu("1996-10", "dublin", "Informal European Council, Dublin (5 October 1996)", "1996-10-05", "1996-10-05", "Dublin", "Ireland",
   "https://www.politico.eu/article/5-october-european-council/",
   ["https://irishtimes.com/opinion/clarifying-the-way-ahead-1.93186", "https://irishtimes-irishtimes-staging.cdn.arcpublishing.com/news/taoiseach-sets-firm-agenda-for-eu-summit-1.91950",
    "http://www.museoeuropeo.altervista.org/unificazione-europea/PAGE0130.HTM"],
   "corroborated", "European Voice (now Politico): '5 October European Council' hosted by John Bruton, short meeting on the IGC, no presidency conclusions; The Irish Times: 'Saturday's informal European Council in Dublin' (5 Oct 1996 was a Saturday). A private Italian history site calls it 'Consiglio Europeo straordinario'; informal kept (second-pass verification switched the source).",
   type="informal")
eu("1996-12", "dublin", "Dublin European Council (13-14 December 1996)", "1996-12-13", "1996-12-14", "Dublin", "Ireland",
   "https://www.oireachtas.ie/en/debates/debate/dail/1996-12-19/10/",
   ["https://johnmajorarchive.org.uk/1996/12/14/presidency-conclusions-following-the-dublin-european-council-14-december-1996/",
    "https://webintra.cvce.eu/en/obj/press_conference_held_by_helmut_kohl_the_outcome_of_the_dublin_european_council_dublin_14_december_1996-en-4ad8e990-ebc0-4500-b450-1b81e0a755cc.html",
    "https://www.cvce.eu/en/unit-content/-/unit/b9fe3d6d-e79c-495e-856d-9729144d2cbd/4c6f6814-57c7-49f1-95a3-479158cc2694"],
   "corroborated", "Dail Eireann record of 19 Dec 1996: John Bruton chaired 'the meeting of the European Council which took place in Dublin Castle on 13 and 14 December'; the presidency conclusions (John Major Archive), CVCE and the Kohl/Aznar press conferences of 14 Dec agree (Dublin Declaration on Employment). Opening day added in the verification pass.",
   venue="Dublin Castle")
eu("1997-06", "amsterdam", "Amsterdam European Council (16-17 June 1997)", "1997-06-16", "1997-06-17", "Amsterdam", "Netherlands",
   "http://europa.eu/legislation_summaries/glossary/amsterdam_treaty_en.htm", [],
   "single_source", "EU legislation summary of the Treaty of Amsterdam (read in the first pass, see reading notes): adopted at the Amsterdam European Council of 16-17 June 1997.")
eu("1997-11", "luxembourg", "Extraordinary European Council on Employment, Luxembourg (20-21 November 1997)", "1997-11-20", "1997-11-21", "Luxembourg", "Luxembourg",
   "https://webintra.cvce.eu/de/obj/conclusions_of_the_extraordinary_european_council_meeting_on_employment_luxembourg_20_and_21_november_1997-en-71a64128-c895-4cfa-a4cb-9db899144a92.html",
   ["https://www.eurofound.europa.eu/publications/article/1997/employment-summit-agrees-limited-package-of-measures-to-combat-unemployment", "https://politico.eu/article/discord-reigns-as-summit-looms"],
   "corroborated", "CVCE (conclusions SN 300/97), Eurofound and European Voice (summit 'which begins tonight (20 November)') agree: 'Jobs summit' chaired by Jean-Claude Juncker.", type="extraordinary")
eu("1997-12", "luxembourg", "Luxembourg European Council (12-13 December 1997)", "1997-12-12", "1997-12-13", "Luxembourg", "Luxembourg",
   "https://www.europarl.europa.eu/summits/lux1_en.htm", [],
   "single_source", "Presidency conclusions on the European Parliament's summits archive: 'The European Council meeting in Luxembourg on 12 and 13 December 1997' launched the enlargement process.")
eu("1998-06", "cardiff", "Cardiff European Council (15-16 June 1998)", "1998-06-15", "1998-06-16", "Cardiff", "United Kingdom",
   "http://www.europarl.europa.eu/summits/car2_en.htm", ["http://kypros.org/UN/cardiff.htm"],
   "corroborated", "Presidency conclusions (annexes) on the European Parliament's summits archive and a republication agree; Nelson Mandela attended.")
eu("1998-12", "vienna", "Vienna European Council (11-12 December 1998)", "1998-12-11", "1998-12-12", "Vienna", "Austria",
   "https://europarl.europa.eu/enlargement_new/europeancouncil/vie_da.htm",
   ["https://www.taoiseach.gov.ie/eng/News/Archives/1998/Taoiseach's_Speeches_Archive_1998/Statement_on_EU_Council_Meeting_in_Vienna.html",
    "https://www.economist.com/europe/1998/12/10/viktor-klima-europes-summiteer", "https://bits.de/CESD-PA/7-1e-f.html"],
   "corroborated", "European Parliament enlargement archive (presidency conclusions, Danish: 'Det Europaeiske Raad i Wien den 11.-12. december 1998'); the Taoiseach's statement (Friday-Saturday meeting, second of the Austrian presidency after Portschach in October), The Economist and the CESD excerpt agree.")
# ---- 2000-2009 ----
eu("2000-03", "lisbon", "Special European Council, Lisbon (23-24 March 2000)", "2000-03-23", "2000-03-24", "Lisbon", "Portugal",
   "https://europa.eu/european-union/about-eu/history/2000-2009/2000_en", [],
   "single_source", "EU history page: 'A special European Council is held in Lisbon' (Lisbon Strategy; day not shown there). The dates come from the presidency conclusions ('special meeting on 23-24 March 2000 in Lisbon') and the EP President's speech bulletin ('Lisbon, Thursday, 23 March 2000'), both read only through document-sharing copies.",
   type="extraordinary")
eu("2000-06", "santa-maria-da-feira", "Santa Maria da Feira European Council (19-20 June 2000)", "2000-06-19", "2000-06-20", "Santa Maria da Feira", "Portugal",
   "https://www.europarl.europa.eu/summits/fei1_en.htm", ["http://www.consilium.europa.eu/ueDocs/cms_Data/docs/pressData/en/ec/00200-r1.en0.htm"],
   "corroborated", "Presidency conclusions on the EP summits archive and the Council press database: 'The European Council met in Santa Maria da Feira on 19 and 20 June'.")
eu("2000-10", "biarritz", "Biarritz European Council (13-14 October 2000)", "2000-10-13", "2000-10-14", "Biarritz", "France",
   "https://agenceurope.eu/en/bulletin/article/7749/8", [],
   "single_source", "Agence Europe (29 Jun 2000) on the French presidency timetable: European Councils 'in Biarritz on 13 and 14 October' and in Nice. Scheduled dates; the meeting itself (informal) was not separately read.")
eu("2000-12", "nice", "Nice European Council (7-11 December 2000)", "2000-12-07", "2000-12-11", "Nice", "France",
   "https://www.europeansources.info/record/european-council-nice-7-11-december-2000/", ["https://agenceurope.eu/en/bulletin/article/7749/8"],
   "conflicting_sources", "European Sources Online: 'the longest ever European Council was held in Nice between 7-11 December 2000'; the treaty text was agreed at 4.30 a.m. on Monday 11 December. The presidency timetable (Agence Europe) scheduled it for 7-9 December. Actual end kept.")
eu("2001-03", "stockholm", "Stockholm European Council (23-24 March 2001)", "2001-03-23", "2001-03-24", "Stockholm", "Sweden",
   "https://agenceurope.eu/en/bulletin/article/7927/13/persson-insists-on-demographic-challenge-and-integration-of-sustainable-development-in-lisbon-strategy-finance-ministers-present-throughout-work-economic-discussions-with-putin-and-political-discussions-with-ivanov", [],
   "single_source", "Goran Persson's invitation letter quoted by Agence Europe (20 Mar 2001): 'welcoming you to Stockholm on 23 and 24 March for the spring meeting of the European Council'.")
eu("2001-06", "goteborg", "Goteborg European Council (15-16 June 2001)", "2001-06-15", "2001-06-16", "Gothenburg (Goteborg)", "Sweden",
   "https://webintra.cvce.eu/en/obj/presidency_conclusions_goteborg_european_council_15_and_16_june_2001-en-2e32bf9b-009d-4e63-b606-a424c3a53257.html",
   ["http://www.dk-chm.dk/news/Goteborg_European_Council__Presidency_Conclusions"],
   "corroborated", "CVCE (presidency conclusions SN 200/1/01) and the Council press office text republished by the Danish clearing-house agree: met in Goteborg on 15 and 16 June 2001.")
eu("2001-12", "laeken", "Laeken European Council (14-15 December 2001)", "2001-12-14", "2001-12-15", "Laeken (Brussels)", "Belgium",
   W("Laeken_European_Council"), [],
   "single_source", "Wikipedia text of December 2001 ('held at the royal palace at Laeken, Belgium on 14-15 December 2001') read through stored copies (see reading notes); the current article was not read. Laeken Declaration.",
   venue="Royal Palace of Laeken")
eu("2002-03", "barcelona", "Barcelona European Council (15-16 March 2002)", "2002-03-15", "2002-03-16", "Barcelona", "Spain",
   "https://publications.parliament.uk/pa/cm200102/cmselect/cmfaff/698/2031308.htm",
   ["https://www.europeansources.info/record/european-council-barcelona-15-16-march-2002-2/"],
   "corroborated", "Presidency conclusions printed by the House of Commons Foreign Affairs Committee ('met in Barcelona on 15 and 16 March'); European Sources Online agrees.")
eu("2002-06", "seville", "Seville European Council (21-22 June 2002)", "2002-06-21", "2002-06-22", "Seville", "Spain",
   "https://webintra.cvce.eu/en/obj/seville_european_council_presidency_conclusions_21_and_22_june_2002-en-f96751f6-9eed-4390-99a8-3174841a1b2d.html",
   ["https://publications.parliament.uk/pa/cm200102/cmselect/cmfaff/974/2061906.htm", "https://europeansources.info/?p=272521"],
   "corroborated", "CVCE, the conclusions printed by the House of Commons Foreign Affairs Committee and European Sources Online agree.")
eu("2003-06", "thessaloniki", "Thessaloniki European Council (19-20 June 2003)", "2003-06-19", "2003-06-20", "Thessaloniki", "Greece",
   "http://www.eu2003.gr/en/articles/2003/6/20/3121/", ["https://europeansources.info/?p=282366"],
   "corroborated", "Greek presidency site: 'The European Council met in Thessaloniki on 19 and 20 June 2003'; European Sources Online: at the Porto Carras resort near Thessaloniki, followed by the EU-Western Balkans summit on 21 June.",
   venue="Porto Carras resort (Halkidiki)")
eu("2003-10", "brussels", "Brussels European Council (16-17 October 2003)", "2003-10-16", "2003-10-17", "Brussels", "Belgium",
   "https://www.cvce.eu/en/obj/european_council_brussels_16_and_17_october_2003-en-c0e47829-ca5f-4a1c-82d5-c7f3e0258120.html",
   ["https://agenceurope.eu/en/bulletin/article/8566/1", "http://sl.euabc.com/word/997?print=1"],
   "corroborated", "CVCE (Council photo record): 'European Council (Brussels, 16 and 17 October 2003)', the first held in the Justus Lipsius building under Declaration 22 of the Treaty of Nice; Agence Europe (17/10/2003): Berlusconi's press conference at the end of the European Council on Friday morning. (Source switched in the verification pass.)",
   venue="Justus Lipsius building")
eu("2003-12", "brussels", "Brussels European Council (12-13 December 2003)", "2003-12-12", "2003-12-13", "Brussels", "Belgium",
   "https://webintra.cvce.eu/en/obj/conclusions_of_the_brussels_european_council_extract_concerning_the_intergovernmental_conference_12_and_13_december_2003-en-036e4563-cce2-4384-9e35-102e1104d764.html",
   ["http://www.eu.dk/samling/20031/almdel/EUU/bilag/369/1465206/index.htm", "http://europa.eu/rapid/press-release_PRES-03-356_en.htm"],
   "conflicting_sources", "CVCE ('held under Italian Presidency on 12 and 13 December 2003'), the Danish Parliament's cover note (12-13 December 2003) and the General Affairs Council of 8 Dec 2003 ('Preparation of the European Council on 12 and 13 December') agree; the text of the presidency conclusions as forwarded says 'The European Council met in Brussels on 12 December 2003'. 12-13 Dec kept.")
eu("2004-03", "brussels", "Brussels European Council (25-26 March 2004)", "2004-03-25", "2004-03-26", "Brussels", "Belgium",
   "https://www.asktheeu.org/de/request/5469/response/17308/attach/html/5/1.Council%20Conclusions%20of%2018.06.2004%20Brussels%20EC%20doc.10679%202%2004.pdf.html", [],
   "single_source", "Only the running header 'Presidency Conclusions - Brussels, 25/26 March 2004' of a Council document released through AskTheEU (access-to-documents request) was read.")
eu("2004-06", "brussels", "Brussels European Council (17-18 June 2004)", "2004-06-17", "2004-06-18", "Brussels", "Belgium",
   "https://eu.dk/samling/20031/almdel/EUU/bilag/1001/1465839/index.htm",
   ["https://www.asktheeu.org/de/request/5469/response/17308/attach/html/5/1.Council%20Conclusions%20of%2018.06.2004%20Brussels%20EC%20doc.10679%202%2004.pdf.html"],
   "corroborated", "Draft conclusions 'European Council (17-18 June 2004)' filed with the Danish Parliament and Council doc 10679/2/04 ('Brussels European Council (17 and 18 June 2004)'): agreement on the Constitutional Treaty.")
eu("2004-11", "brussels", "Brussels European Council (4-5 November 2004)", "2004-11-04", "2004-11-05", "Brussels", "Belgium",
   "https://www.taoiseach.gov.ie/eng/News/Archives/2004/Taoiseach's_Speeches_Archive_2004/Statement_to_the_D%C3%A1il_on_the_outcome_of_the_European_Council_in_Brussels_on_4_5_November.html",
   ["https://www.associazionedschola.it/blog/2004/11/16/le-conclusioni-del-consiglio-europeo/"],
   "corroborated", "Taoiseach's statement to the Dail: 'I attended the European Council in Brussels on 4 and 5 November' (Hague Programme approved; Barroso's revised Commission list); an Italian summary agrees (first European Council of the Dutch presidency; Iraqi Prime Minister attended). Source switched in the verification pass.")
eu("2005-03", "brussels", "Brussels European Council (22-23 March 2005)", "2005-03-22", "2005-03-23", "Brussels", "Belgium",
   "https://www.eu.dk/samling/20051/raadsmoede/105900/bilag/20/152642/index.htm", [],
   "single_source", "Jean-Claude Juncker's invitation letter (SN 1572/05) filed with the Danish Parliament: meeting 'to be held on 22 and 23 March 2005 in the Justus Lipsius Building in Brussels'.",
   venue="Justus Lipsius building")
eu("2005-06", "brussels", "Brussels European Council (16-17 June 2005)", "2005-06-16", "2005-06-17", "Brussels", "Belgium",
   "https://ft.dk/samling/20042/almdel/URU/bilag/139/182482/index.htm", [],
   "single_source", DK + "cover note: 'Det Europaeiske Raads mode i Bruxelles den 16.-17. juni 2005' (Coreper draft conclusions 9490/05).")
eu("2006-06", "brussels", "Brussels European Council (15-16 June 2006)", "2006-06-15", "2006-06-16", "Brussels", "Belgium",
   "https://www.eu.dk/samling/20061/raadsmoede/118033/bilag/1193919/1453532/index.htm", [],
   "single_source", "General Affairs Council press release 9946/06 of 12 June 2006 (Danish version filed with the Danish Parliament): preparation of the European Council in Brussels on 15-16 June.")
eu("2006-12", "meeting", "European Council (14-15 December 2006)", "2006-12-14", "2006-12-15", None, None,
   "http://www.eu.dk/samling/20061/raadsmoede/121383/bilag/6/332136/index.htm", [],
   "single_source", "Draft conclusions 'European Council (14 and 15 December 2006)' filed with the Danish Parliament.")
eu("2007-03", "brussels", "Brussels European Council (8-9 March 2007)", "2007-03-08", "2007-03-09", "Brussels", "Belgium",
   "https://europa.eu/european-union/about-eu/history/2000-2009/2007_da", [],
   "single_source", "EU history page for 2007 (Danish version, which shows the days): '8-9 [March]: Der holdes mode i Det Europaeiske Raad i Bruxelles'.")
eu("2007-03", "berlin", "Informal meeting of heads of state or government, Berlin (24-25 March 2007)", "2007-03-24", "2007-03-25", "Berlin", "Germany",
   "https://europa.eu/european-union/about-eu/history/2000-2009/2007_da", [],
   "single_source", "EU history page for 2007 (Danish version): informal meeting of the heads of state or government in Berlin on 24-25 March, declaration on the 50th anniversary of the Treaties of Rome (Berlin Declaration).",
   type="informal")
eu("2007-06", "brussels", "Brussels European Council (21-22 June 2007)", "2007-06-21", "2007-06-22", "Brussels", "Belgium",
   "http://www.eu.dk/samling/20071/raadsmoede/126317/bilag/12/384903/index.htm", [],
   "single_source", "Presidency conclusions 11177/07 (Danish version filed with the Danish Parliament): 'Det Europaeiske Raad den 21.-22. juni 2007 i Bruxelles'.")
eu("2007-12", "brussels", "Brussels European Council (14 December 2007)", "2007-12-14", "2007-12-14", "Brussels", "Belgium",
   "https://www.eu.dk:443/samling/20071/raadsmoede/129324/bilag/6/413076/index.htm", [],
   "conflicting_sources", "Presidency conclusions 16616/07: 'Det Europaeiske Raad den 14. december 2007 i Bruxelles'; the Danish Parliament files them under 'Det Europaeiske Raad 13-14/12-07' (13 December was the signing of the Lisbon Treaty in Lisbon). 14 Dec kept.")
eu("2008-06", "brussels", "Brussels European Council (19-20 June 2008)", "2008-06-19", "2008-06-20", "Brussels", "Belgium",
   "https://www.eu.dk/da/dokumenter/topmoeder/der/2008/der_19062008", [],
   "single_source", DK + "'Bruxelles, 19.-20. juni 2008', last summit of the Slovenian presidency (after the Irish 'no' to the Lisbon Treaty).")
eu("2008-09", "brussels", "Extraordinary European Council on Georgia, Brussels (1 September 2008)", "2008-09-01", "2008-09-01", "Brussels", "Belgium",
   "https://www.gea.de/welt/politik_artikel,-sondergipfel-zu-georgien-_arid,464492.html",
   ["https://eup-images.photoshelter.com/image/I0000mUfINvtAT7g"],
   "corroborated", "News (dpa via Reutlinger General-Anzeiger: special summit on 1 September in Brussels, announced by the French presidency) and a dated press-photo caption ('Brussels 01 September 2008 - Extraordinary European Council ... on the situation in Georgia'). No official page read.",
   type="extraordinary")
eu("2008-12", "brussels", "Brussels European Council (11-12 December 2008)", "2008-12-11", "2008-12-12", "Brussels", "Belgium",
   "https://www.eu.dk:443/samling/20081/raadsmoede/518414/bilag/7/624686/index.htm",
   ["https://www.eu.dk/da/dokumenter/topmoeder/der/2008/der_1112122008", "https://news.belgium.be/nl/europese-unie"],
   "corroborated", "Presidency conclusions 17271/08 ('Det Europaeiske Raad modtes den 11.-12. december 2008'), the Danish Parliament's summit page and the Belgian government's news agree; European Economic Recovery Plan.")
eu("2009-06", "brussels", "Brussels European Council (18-19 June 2009)", "2009-06-18", "2009-06-19", "Brussels", "Belgium",
   "http://ec.europa.eu/danmark/eu-politik/alle_emner/institutionelle/2009/090618-topmoede_da.htm", [],
   "single_source", "European Commission Representation in Denmark: 'Det Europaeiske Raad i Bruxelles den 18.-19. juni 2009 - Konklusioner'.")
eu("2009-10", "brussels", "Brussels European Council (29-30 October 2009)", "2009-10-29", "2009-10-30", "Brussels", "Belgium",
   "https://www.eu.dk/da/dokumenter/topmoeder/der/2009/der_2930102009", [],
   "single_source", DK + "'Bruxelles, 29.-30. oktober 2009' (Swedish presidency).")
eu("2009-12", "brussels", "Brussels European Council (10-11 December 2009)", "2009-12-10", "2009-12-11", "Brussels", "Belgium",
   "https://www.eu.dk/da/dokumenter/topmoeder/der/2009/der_1011122009", ["http://ec.europa.eu/archives/european-council/index_da.htm"],
   "corroborated", DK + "and the Commission's archived European Council page agree: 10-11 December 2009, first summit under the Lisbon Treaty.")
# ---- 2010-2019 ----
eu("2010-02", "brussels", "Informal meeting of heads of state or government, Brussels (11 February 2010)", "2010-02-11", "2010-02-11", "Brussels", "Belgium",
   "https://www.eu.dk/da/dokumenter/topmoeder/der/2010/der_11022010", [W("List_of_European_Council_meetings")],
   "single_source", DK + "'Bruxelles, 11. februar 2010 (uformelt topmode)', first chaired by Herman Van Rompuy. The Wikipedia list (read through a copy) says the February 2010 meeting was held in the Solvay Library.",
   type="informal", venue="Solvay Library")
eu("2010-03", "brussels", "Brussels European Council (25-26 March 2010)", "2010-03-25", "2010-03-26", "Brussels", "Belgium",
   "http://ec.europa.eu/archives/european-council/index_da.htm", [],
   "single_source", "Commission archive of the European Council site, press release title 'Det Europaeiske Raad i Bruxelles, 25-26/03/2010'.")
eu("2010-09", "brussels", "Extraordinary European Council, Brussels (16 September 2010)", "2010-09-16", "2010-09-16", "Brussels", "Belgium",
   "https://www.eu.dk/da/dokumenter/topmoeder/der/2010/der_16092010", [],
   "single_source", DK + "'Ekstraordinaert mode i Bruxelles, 16. september 2010' (strategic partners; with foreign ministers).", type="extraordinary")
eu("2010-12", "brussels", "Brussels European Council (16-17 December 2010)", "2010-12-16", "2010-12-17", "Brussels", "Belgium",
   "https://www.eu.dk/da/dokumenter/topmoeder/der/2010/der_1617122010", [],
   "single_source", DK + "'Bruxelles, 16.-17. december 2010' (permanent crisis mechanism for the euro area).")
eu("2011-02", "brussels", "Extraordinary European Council, Brussels (4 February 2011)", "2011-02-04", "2011-02-04", "Brussels", "Belgium",
   "https://www.eu.dk/da/dokumenter/topmoeder/der/2011/der_4022011", [],
   "single_source", DK + "'Ekstraordinaert mode i Bruxelles, 4. februar 2011' (energy, innovation, Egypt and Tunisia).", type="extraordinary")
eu("2011-10", "brussels", "Brussels European Council (23 October 2011)", "2011-10-23", "2011-10-23", "Brussels", "Belgium",
   "https://www.eu.dk/da/dokumenter/topmoeder/der/2011/der_23102011", [],
   "single_source", DK + "'Bruxelles, 23. oktober 2011': first convened for 17-18 October, postponed to 23 October; followed by a euro summit.")
eu("2011-12", "brussels", "Brussels European Council (8-9 December 2011)", "2011-12-08", "2011-12-09", "Brussels", "Belgium",
   "https://www.eu.dk/da/dokumenter/topmoeder/der/2011/der_9122011", [],
   "single_source", DK + "leaders meet on Thursday-Friday 8-9 December 2011; the formal meeting starts on Friday 9 December after an informal dinner on 8 December (the page is titled 'Bruxelles, 9. december 2011').")
eu("2012-03", "brussels", "Brussels European Council (1-2 March 2012)", "2012-03-01", "2012-03-02", "Brussels", "Belgium",
   "https://www.eu.dk/da/dokumenter/topmoeder/der/2012/der_102032012", [],
   "single_source", DK + "'Bruxelles, 1.-2. marts 2012', first ordinary summit of the Danish presidency.")
eu("2012-06", "brussels", "Brussels European Council (28-29 June 2012)", "2012-06-28", "2012-06-29", "Brussels", "Belgium",
   "https://www.eu.dk/da/dokumenter/topmoeder/der/2012/der_1819102012", [],
   "single_source", DK + "page on the October 2012 summit: 'Paa EU-topmodet den 28.-29. juni 2012' leaders agreed the Compact for Growth and Jobs.")
eu("2012-10", "brussels", "Brussels European Council (18-19 October 2012)", "2012-10-18", "2012-10-19", "Brussels", "Belgium",
   "https://www.eu.dk/da/dokumenter/topmoeder/der/2012/der_1819102012", [],
   "single_source", DK + "'Bruxelles, 18.-19. oktober 2012' (banking union, EMU report).")
eu("2012-12", "brussels", "Brussels European Council (13-14 December 2012)", "2012-12-13", "2012-12-14", "Brussels", "Belgium",
   "http://europa.eu/rapid/press-release_DOC-12-11_en.htm",
   ["http://ec.europa.eu/avservices/video/shotlist.cfm?ref=I075693", "https://www.northsweden.eu/nyheter/2012/aarets-sista-toppmoete-i-bryssel/"],
   "corroborated", "Council conclusions press release 'Brussels, 13-14/12/2012' (conclusions of the European Council (13/14 December 2012): roadmap for completing EMU); the Commission audiovisual service ('European Council, Brussels, 13-14/12/2012', Justus Lipsius) agrees. Source switched in the verification pass.",
   venue="Justus Lipsius building")
eu("2013-03", "brussels", "Brussels European Council (14-15 March 2013)", "2013-03-14", "2013-03-15", "Brussels", "Belgium",
   "http://www.european-council.europa.eu/council-meetings?meeting=97123a1c-c2d7-49fe-8c27-1d340603b430&lang=da&type=EuropeanCouncil", [],
   "single_source", "Official European Council meeting page (Danish version): 'Det Europaeiske Raad 14-03-2013 - 15-03-2013 Bruxelles'.")
eu("2013-12", "brussels", "Brussels European Council (19-20 December 2013)", "2013-12-19", "2013-12-20", "Brussels", "Belgium",
   "https://www.eu.dk/da/dokumenter/topmoeder/der/2013/der_1920122013", ["https://eu.dk/samling/20131/raadsmoede/540863/bilag/9/1315132/index.htm"],
   "corroborated", DK + "and Van Rompuy's invitation letter (meeting 'in Brussels on 19 and 20 December 2013') agree.")
eu("2014-06", "ypres-brussels", "European Council, Ypres and Brussels (26-27 June 2014)", "2014-06-26", "2014-06-27", "Ypres and Brussels", "Belgium",
   "https://www.politico.eu/article/a-summit-out-of-the-ordinary/",
   ["http://www.politico.eu/article/choosing-a-leader-european-council-live/", "https://paschaldonohoe.ie/european-council-blog/"],
   "corroborated", "Thursday 26 June in Ypres (First World War commemoration, dinner in the town hall), Friday 27 June in Brussels (Juncker proposed as Commission President); first meeting outside Brussels since the Lisbon Treaty (Politico preview and live blog; Irish minister's blog).")
eu("2014-08", "brussels", "Brussels European Council (30 August 2014)", "2014-08-30", "2014-08-30", "Brussels", "Belgium",
   "https://www.euractiv.com/topics/european-council-summit/page/2/", [],
   "single_source", "EurActiv topic page: 'EU leaders gathered at the European Council in Brussels, on Saturday (30 August)', choosing Donald Tusk and Federica Mogherini.")
eu("2014-12", "brussels", "Brussels European Council (18-19 December 2014)", "2014-12-18", "2014-12-19", "Brussels", "Belgium",
   "https://www.euractiv.com/topics/european-council-summit/page/2/",
   ["https://denederlandsegrondwet.nl/id/vjprs04alwx5/nieuws/video_vieuws_eu_pre_eu_summit_insights?ctx=vhczdhr6vuyk&start_ovz=96"],
   "corroborated", "Tusk's first summit as President: EurActiv ('opening today (18 December)') and viEUws/EPC ('taking place on 18 and 19 December in Brussels'); an EPRS outlook (read through a copy) agrees.")
eu("2015-02", "brussels", "Informal meeting of heads of state or government, Brussels (12 February 2015)", "2015-02-12", "2015-02-12", "Brussels", "Belgium",
   "https://epthinktank.eu/2015/02/09/outlook-for-the-informal-european-council-meeting-of-12-february-2015-pre-european-council-briefing/",
   ["https://www.euractiv.com/topics/eu-council-summit/?type_filter=video"],
   "corroborated", EPRS + "outlook for the informal European Council of 12 February in Brussels (terrorism, Ukraine, EMU); EurActiv: 'Thursday's informal Council meeting in Brussels'.",
   type="informal")
eu("2015-09", "meeting", "Informal meeting of heads of state or government on migration, Brussels (23 September 2015)", "2015-09-23", "2015-09-23", "Brussels", "Belgium",
   "http://www.consilium.europa.eu/en/meetings/european-council/2015/09/23/", ["https://epthinktank.eu/tag/european-council-conclusions/"],
   "corroborated", "Council meeting page 'Informal meeting of heads of state or government, 23/09/2015': 'EU leaders met in Brussels on 23 September 2015' (migration priorities); EPRS calls it the 'Extraordinary European Council of 23 September 2015'. Source switched in the verification pass.",
   type="informal")
eu("2015-10", "meeting", "Brussels European Council (15 October 2015)", "2015-10-15", "2015-10-15", "Brussels", "Belgium",
   "https://archive.europa.ba/?p=37049",
   ["https://epthinktank.eu/tag/european-council-conclusions/", "http://www.eurocomment.eu/category/pre-summit-briefing/page/4/",
    "https://storify.com/euractiv/european-council-15-16-10-2015", "http://www.consilium.europa.eu/en/meetings/european-council/2015/09/23/"],
   "conflicting_sources", "EU Delegation to Bosnia and Herzegovina ('EU leaders met on Thursday 15 October 2015'), EPRS ('one-day European Council meeting held on 15 October 2015'), the conclusions EUCO 26/15 ('European Council meeting (15 October 2015)', read through a copy) and AFP ('summit of all 28 EU leaders in Brussels') give one day; the Council's September page and EurActiv's live blog say 15-16 October (scheduled; the meeting ended after midnight). 15 Oct kept.")
eu("2015-11", "valletta", "Informal meeting of heads of state or government, Valletta (12 November 2015)", "2015-11-12", "2015-11-12", "Valletta", "Malta",
   "http://www.consilium.europa.eu/en/meetings/european-council/2015/11/12/",
   ["https://eu.dk/samling/20151/raadsmoede/556731/bilag/1/1563646/index.htm", "https://maltatoday.com.mt/news/europe/58925/tusk_calls_informal_meeting_of_european_council_in_malta",
    "https://kas.de/de/web/auslandsinformationen/laenderberichte/detail/-/content/wenig-fortschritt-in-der-fluechtlingsfrage-minirat-im-november-v1",
    "http://www.eurocomment.eu/category/pre-summit-briefing/page/4/"],
   "corroborated", "Council meeting page: 'Informal meeting of heads of state or government, 12/11/2015, 13:30, Valletta, Chaired by Donald Tusk', convened after the Valletta Summit on migration; Tusk's invitation letter, MaltaToday, KAS and EuroComment agree. Source switched in the verification pass.",
   type="informal")
eu("2015-12", "brussels", "Brussels European Council (17-18 December 2015)", "2015-12-17", "2015-12-18", "Brussels", "Belgium",
   "http://www.consilium.europa.eu/en/meetings/european-council/2015/12/17-18/",
   ["https://www.europarl.europa.eu/thinktank/en/document/EPRS_BRI(2015)573278", "http://www.eurocomment.eu/category/pre-summit-briefing/page/4/"],
   "corroborated", "Council meeting page (chaired by Donald Tusk), the EPRS outlook and EuroComment agree.")
eu("2016-02", "brussels", "Brussels European Council (18-19 February 2016)", "2016-02-18", "2016-02-19", "Brussels", "Belgium",
   "http://www.consilium.europa.eu/en/meetings/european-council/2016/02/18-19/",
   ["https://epthinktank.eu/tag/european-council-conclusions/", "http://www.eurocomment.eu/category/pre-summit-briefing/page/4/"],
   "corroborated", "Council meeting page (UK settlement, migration), EPRS and EuroComment agree.")
eu("2016-03", "meeting", "European Council (7 March 2016, with the EU-Turkey leaders' meeting)", "2016-03-07", "2016-03-07", None, None,
   "http://www.eurocomment.eu/pre-summit-briefing-20162/", [],
   "single_source", "EuroComment pre-summit briefing: 'Monday's twin summits, the first over lunch with the Turkish prime minister, and the second, the European Council alone' (7 March 2016). Private analysis only.")
eu("2016-06", "brussels", "Brussels European Council (28 June 2016)", "2016-06-28", "2016-06-28", "Brussels", "Belgium",
   "https://eaccny.com/news/chapternews/main-results-european-council-28-june-2016/",
   ["https://www.voltairenet.org/article192650.html", "http://www.eurocomment.eu/european-council-briefing-note-20164-5/"],
   "corroborated", "Council 'Main results - European Council, 28 June 2016' as republished by the EACCNY; conclusions text (Voltaire Network) and EuroComment agree. First meeting after the UK referendum.")
eu("2016-06", "eu27", "Informal meeting of the 27 heads of state or government (29 June 2016)", "2016-06-29", "2016-06-29", None, None,
   "https://eaccny.com/news/chapternews/main-results-european-council-28-june-2016/",
   ["http://www.eurocomment.eu/european-council-briefing-note-20164-5/", "http://www.consilium.europa.eu/en/meetings/european-council/2016/09/16-informal-meeting/"],
   "corroborated", "Council main results: 'On Wednesday, the 27 heads of state or government will meet informally' (29 June); EuroComment ('the first EU27 summit on 29 June') and the Council's Bratislava page ('On 29 June 2016, the 27 heads of state or government met informally') agree.",
   type="informal")
eu("2016-09", "bratislava", "Informal meeting of the 27 heads of state or government, Bratislava (16 September 2016)", "2016-09-16", "2016-09-16", "Bratislava", "Slovakia",
   "http://www.consilium.europa.eu/en/meetings/european-council/2016/09/16-informal-meeting/",
   ["https://www.europeansources.info/record/informal-meeting-of-the-27-heads-of-state-or-government-bratislava-16-september-2016/",
    "http://www.eu.dk/samling/20151/raadsmoede/559355/bilag/2/1665676/index.htm", "https://kongres-magazine.eu/2016/09/bratislava-hosted-european-leaders/",
    "http://www.eurocomment.eu/european-council-briefing-note-20164-5/"],
   "corroborated", "Council meeting page ('Informal meeting of the 27 heads of state or government, 16/09/2016, Bratislava, Chaired by Donald Tusk'; Bratislava Declaration and Roadmap); European Sources Online, the declaration SN 73/16 ('Bratislava, 16 September 2016') and Kongres magazine (talks at Bratislava Castle) agree. Source switched in the verification pass.",
   type="informal", venue="Bratislava Castle")
eu("2016-10", "brussels", "Brussels European Council (20-21 October 2016)", "2016-10-20", "2016-10-21", "Brussels", "Belgium",
   "http://www.consilium.europa.eu/en/european-council/president/", [],
   "single_source", "Council President's page: 'President Tusk chaired the European Council meeting on 20-21 October in Brussels'.")
eu("2016-12", "brussels", "Brussels European Council (15 December 2016)", "2016-12-15", "2016-12-15", "Brussels", "Belgium",
   "https://www.europeansources.info/record/european-council-brussels-15-december-2016/", [],
   "single_source", "European Sources Online: summit took place on 15 December 2016 (series reference 15-16.12.16; EurActiv: one day only), with a short informal EU27 meeting in the margins.")
eu("2017-02", "malta", "Informal meeting of EU heads of state or government, Malta (3 February 2017)", "2017-02-03", "2017-02-03", None, "Malta",
   "https://eeas.europa.eu/delegations/japan/20342/node/20342_en",
   ["https://www.pubaffairsbruxelles.eu/eu-institution-news/informal-meeting-of-eu-heads-of-state-or-government-03-02-2017/"],
   "corroborated", "Council main results (EEAS delegation, EU News 21/2017 of 03/02/2017) and the Council agenda text: informal summit in Malta hosted by Joseph Muscat and chaired by Donald Tusk - Malta Declaration on migration (28 leaders) in the morning, EU27 preparation of the Rome anniversary in the afternoon. Found during the verification pass.",
   type="informal")
eu("2017-03", "meeting", "European Council (9 March 2017)", "2017-03-09", "2017-03-09", None, None,
   "https://eaccny.com/news/chapternews/conclusions-by-the-president-of-the-european-council-9-march-2017/",
   ["http://www.eurocomment.eu/pre-summit-briefing-20172/"],
   "corroborated", "'Conclusions by the President of the European Council, 9 March 2017' (supported by 27 members, no consensus) as republished by the EACCNY; EuroComment: Spring meeting on 9 March.")
eu("2017-03", "eu27", "Informal meeting of the 27 heads of state or government (10 March 2017)", "2017-03-10", "2017-03-10", None, None,
   "http://www.eurocomment.eu/pre-summit-briefing-20172/", ["http://a12stelle.blogspot.com/2017/03/council-of-eu.html"],
   "corroborated", "EuroComment ('the EU27 summit on the following morning') and Tusk's report to the European Parliament quoted on a blog ('the informal meeting of 10 March'), ahead of the Rome anniversary.",
   type="informal")
eu("2017-10", "brussels", "Brussels European Council (19-20 October 2017)", "2017-10-19", "2017-10-20", "Brussels", "Belgium",
   "https://ft.dk/samling/20171/almdel/UPN/bilag/9/1805762/index.htm",
   ["http://www.eurocomment.eu/category/latest-publications/page/4/", "http://www.epc.eu/events_rep_details.php?cat_id=6&pub_id=8042&year=2017"],
   "corroborated", "Conclusions EUCO 14/17 'European Council meeting (19 October 2017)' (filed with the Danish Parliament); EuroComment and the EPC post-summit briefing: the European Council on 19-20 October (Leaders' Agenda adopted).")
eu("2017-11", "gothenburg", "Informal meeting of heads of state or government, Gothenburg (17 November 2017)", "2017-11-17", "2017-11-17", "Gothenburg", "Sweden",
   "http://www.eurocomment.eu/category/latest-publications/page/4/", ["https://epthinktank.eu/2021/05/18/outcome-of-the-meetings-of-eu-leaders-in-porto-on-7-8-may-2021/"],
   "single_source", "EuroComment ('17 November: Education and Culture'; the November meeting gave the Leaders' Agenda its first trial run); EPRS confirms an informal EU leaders' meeting at Gothenburg in November 2017 alongside the Social Summit (day from EuroComment only).",
   type="informal")
eu("2017-12", "brussels", "Brussels European Council (14-15 December 2017)", "2017-12-14", "2017-12-15", "Brussels", "Belgium",
   "http://www.europeansources.info/record/european-council-14-15-december-2017/",
   ["http://audiovisual.europarl.europa.eu/Page.aspx?id=3383", "https://www.europarl.europa.eu/thinktank/it/document/EPRS_BRI(2018)611026",
    "http://www.consilium.europa.eu/en/meetings/european-council/2017/12/14-15/"],
   "corroborated", "European Sources Online, the EP audiovisual service and the EPRS briefing agree (European Council, Art. 50 meeting and Euro Summit on 15 Dec). The Council page is cited as given by European Sources Online; it was not opened.")
eu("2018-02", "meeting", "Informal meeting of the 27 heads of state or government (23 February 2018)", "2018-02-23", "2018-02-23", None, None,
   "http://www.eurocomment.eu/category/news/", [],
   "single_source", "EuroComment briefing note 2018/1: 'The meeting on 23 February was an informal meeting of the leaders of EU27' (institutional issues, MFF). Private analysis only.",
   type="informal")
eu("2018-06", "brussels", "Brussels European Council (28-29 June 2018)", "2018-06-28", "2018-06-29", "Brussels", "Belgium",
   "https://europeansources.info/record/european-council-28-29-june-2018",
   ["https://www.thenationalnews.com/world/europe/merkel-s-make-or-break-deal-on-eu-migration-1.745273", "http://www.eurocomment.eu/category/newbriefingnotes/"],
   "corroborated", "European Sources Online, an EPA photo caption (summit in Brussels 28 June; leaders meet 28 and 29 June) and EuroComment agree: European Council on 28 June (until ~5 a.m.), Art. 50 and Euro Summit on 29 June.")
eu("2018-09", "salzburg", "Informal meeting of heads of state or government, Salzburg (19-20 September 2018)", "2018-09-19", "2018-09-20", "Salzburg", "Austria",
   "https://www.europa-nu.nl/id/vkrw5wz9vhzl/nieuws/eu_leiders_in_salzburg_voor_top_over",
   ["https://europediplomatic.com/2018/09/20/salzburg-may-demands-realistic-approach-to-brexit-process/", "https://www.euromesco.net/news/eu-informal-meeting-in-salzburg/",
    "https://www.lecho.be/economie-politique/europe-elections/Le-sommet-de-Salzbourg-echoue-a-rapprocher-les-Europeens/10051486", "http://www.eurocomment.eu/category/newbriefingnotes/"],
   "corroborated", "ANP (via Europa Nu): working dinner on Wednesday 19 September in the Felsenreitschule, Thursday sessions at the Mozarteum University; Europe Diplomatic ('gather on 19 and 20 September 2018 in Salzburg ... informal meeting', hosted by Sebastian Kurz, chaired by Donald Tusk), EuroMeSCo, L'Echo and EuroComment agree. Source switched in the verification pass.",
   type="informal", venue="Felsenreitschule and Mozarteum University")
eu("2018-10", "meeting", "European Council (17-18 October 2018)", "2018-10-17", "2018-10-18", None, None,
   "https://epthinktank.eu/tag/ralf-drachenberg/", [],
   "single_source", EPRS + "blog: leaders convene on 17 and 18 October 2018 - European Council (Art. 50) over dinner on 17 October, regular European Council and enlarged Euro Summit on 18 October.")
eu("2018-12", "meeting", "European Council (13-14 December 2018)", "2018-12-13", "2018-12-14", None, None,
   "https://epthinktank.eu/tag/ralf-drachenberg/", [],
   "single_source", EPRS + "blog: 'The meetings of EU Heads of State or Government that took place on 13-14 December 2018'.")
eu("2019-03", "meeting", "European Council (21-22 March 2019)", "2019-03-21", "2019-03-22", None, None,
   "http://www.europarl.europa.eu/thinktank/en/search.html?authors=132067", [],
   "single_source", EPRS + "briefing 'Outcome of the meetings of EU leaders, 21-22 March 2019' (Art. 50 extension to 22 May / 12 April).")
eu("2019-05", "sibiu", "Informal meeting of heads of state or government, Sibiu (9 May 2019)", "2019-05-09", "2019-05-09", "Sibiu", "Romania",
   "https://eeas.europa.eu/delegations/japan/62107/informal-meeting-heads-state-or-government-sibiu-09052019_en",
   ["https://www.europeansources.info/record/informal-european-council-9-may-2019/"],
   "corroborated", "Council main results (EEAS delegation republication) and European Sources Online: informal European Council in Sibiu on 9 May 2019 (Sibiu Declaration), chaired by Donald Tusk, hosted by Klaus Iohannis at Sibiu City Hall.",
   type="informal")
# ---- 2020-2025 ----
VC = "Video conference of the members of the European Council"
eu("2020-03", "videoconference-10", VC + " on COVID-19 (10 March 2020)", "2020-03-10", "2020-03-10", None, None,
   "https://pubaffairsbruxelles.eu/eu-institution-news/conclusions-by-the-president-of-the-european-council-following-the-video-conference-on-covid-19",
   ["https://www.voltairenet.org/article209563.html"],
   "corroborated", "Conclusions of the President of the European Council (republished by Pubaffairs Bruxelles) and the members' joint statement of 26 March ('our videoconferences on 10 and 17 March 2020'). Held by video conference, so no host city.",
   type="informal", format="virtual")
eu("2020-03", "videoconference-17", VC + " on COVID-19 (17 March 2020)", "2020-03-17", "2020-03-17", None, None,
   "https://www.europa-nu.nl/id/vl7174xxbpzr/agenda/video_conference_of_the_members_of_the?ctx=vh6ukzb3nnt0&v=1&start_tab1=10&tab=1",
   ["https://europeanwesternbalkans.com/2020/03/18/the-ordinary-european-council-scheduled-for-march-26-27-will-be-postponed-to-a-later-date/",
    "https://www.voltairenet.org/article209563.html"],
   "corroborated", "Council main results reproduced by Europa Nu (PDC): video conference on 17 March 2020 (external border restriction); the ordinary European Council of 26-27 March was postponed (European Western Balkans).",
   type="informal", format="virtual")
eu("2020-03", "videoconference-26", VC + " on COVID-19 (26 March 2020)", "2020-03-26", "2020-03-26", None, None,
   "https://www.eumonitor.eu/9353000/1/j9vvik7m1c3gyxp/vl7bl5ddsxu3?ctx=vhcmelu5xgfm",
   ["https://www.voltairenet.org/article209563.html", "http://watsupeurope.com/news/live-michel-and-von-der-leyen-hold-presser-after-eu-leaders-video-conference-on-covid-19/",
    "https://www.caleaeuropeana.ro/klaus-iohannis-romania-este-primul-stat-din-ue-care-a-primit-acceptul-comisiei-europene-pentru-o-rezerva-strategica-de-echipamente-medicale-pe-teritoriul-tarii-noastre/"],
   "corroborated", "Charles Michel's remarks after the video conference (European Council text republished by EU Monitor, 26 March 2020): 'for the third time in three weeks'; joint statement adopted. Michel's tweet of 19 March announcing the third video conference on Thursday 26 March (Calea Europeana) and a live press-conference page of 26 March agree.",
   type="informal", format="virtual")
eu("2020-04", "videoconference", VC + " on COVID-19 (23 April 2020)", "2020-04-23", "2020-04-23", None, None,
   "https://eumonitor.nl/9353000/1/j9vvik7m1c3gyxp/vl82rw0mdozw?ctx=vl7tb1o5pdsu", [],
   "single_source", "Conclusions of the President of the European Council following the fourth video conference, 23 April 2020 (republished by EU Monitor): roadmap for recovery endorsed.",
   type="informal", format="virtual")
eu("2020-06", "videoconference", VC + " (19 June 2020)", "2020-06-19", "2020-06-19", None, None,
   "https://www.eurointegration.com.ua/news/2020/06/3/7110691/", [],
   "single_source", "Announcement only (Yevropeyska Pravda quoting the spokesperson's tweet of 3 June 2020: 'will convene the June 19 #EUCO via videoconference', MFF and recovery fund). Held not separately verified.",
   format="virtual")
eu("2020-10", "meeting", "Special European Council (1-2 October 2020)", "2020-10-01", "2020-10-02", None, None,
   "https://en.aravot.am/2020/09/30/265679", [],
   "single_source", "Weak source: Aravot (Armenia), 30 Sep 2020, relaying Charles Michel's invitation to the special meeting 'scheduled for 1-2 October 2020' (Belarus, Nagorno-Karabakh). Held not separately verified.",
   type="extraordinary")
eu("2021-03", "videoconference", "European Council by video conference (25 March 2021)", "2021-03-25", "2021-03-25", None, None,
   "https://www.agenzianova.com/a/605712fd74e664.75685432/3366355/2021-03-21/ue-consiglio-europeo-di-giovedi-si-terra-in-videoconferenza-per-aumento-casi-covid-19", [],
   "single_source", "Agenzia Nova (21 Mar 2021) quoting the President's spokesperson: Thursday's (25 March) European Council would be held by video conference. Announcement only.",
   format="virtual")
eu("2021-05", "porto", "Informal meeting of heads of state or government, Porto (8 May 2021)", "2021-05-08", "2021-05-08", "Porto", "Portugal",
   "https://epthinktank.eu/2021/05/18/outcome-of-the-meetings-of-eu-leaders-in-porto-on-7-8-may-2021/",
   ["https://www.svt.se/nyheter/utrikes/lofven-vid-toppmotet-alla-ska-kunna-leva-pa-sin-lon"],
   "corroborated", EPRS + "and SVT: informal European Council on Saturday 8 May 2021 in Porto (Porto Declaration), preceded on 7 May by the Porto Social Summit and followed by an EU-India leaders' meeting (remote).",
   type="informal")
eu("2022-03", "versailles", "Informal meeting of heads of state or government, Versailles (10-11 March 2022)", "2022-03-10", "2022-03-11", "Versailles", "France",
   "https://www.europeansources.info/record/informal-meeting-of-heads-of-state-or-government-10-11-march-2022/?print",
   ["https://finand.ro/94233/informal-meeting-of-heads-of-state-or-government-in-versailles/"],
   "single_source", "European Sources Online: informal summit on 10-11 March 2022, Versailles Declaration (a second page confirms Versailles, without dates).",
   type="informal")
eu("2022-05", "meeting", "Special European Council, Brussels (30-31 May 2022)", "2022-05-30", "2022-05-31", "Brussels", "Belgium",
   "https://epthinktank.eu/2022/06/03/outcome-of-the-special-european-council-meeting-of-30-31-may-2022/",
   ["https://multimedia.europarl.europa.eu/hr/package/special-meeting-of-european-council-30-31-may-2022_23603",
    "https://www.europeansources.info/record/special-meeting-of-the-european-council-30-31-may-2022/",
    "https://valtioneuvosto.fi/en/-//10616/eu-leaders-agree-on-sixth-package-of-sanctions-against-russia",
    "https://epthinktank.eu/2022/06/22/outlook-for-the-meetings-of-eu-leaders-on-23-24-june-2022/"],
   "corroborated", EPRS + "'Outcome of the special European Council meeting of 30-31 May 2022' (sixth sanctions package, oil embargo); the EP multimedia package, European Sources Online, the conclusions EUCO 21/22 and the Finnish government ('special meeting of the European Council, which began on 30 May in Brussels') agree. Source switched in the verification pass.",
   type="extraordinary")
eu("2022-06", "meeting", "European Council (23-24 June 2022)", "2022-06-23", "2022-06-24", None, None,
   "https://www.europeansources.info/record/european-council-23-24-june-2022/",
   ["https://epthinktank.eu/2022/06/22/outlook-for-the-meetings-of-eu-leaders-on-23-24-june-2022/"],
   "corroborated", "European Sources Online and EPRS: candidate status for Ukraine and Moldova; EU-Western Balkans leaders 23 June, Euro Summit 24 June.")
eu("2022-12", "brussels", "Brussels European Council (15 December 2022)", "2022-12-15", "2022-12-15", "Brussels", "Belgium",
   "https://www.eeas.europa.eu/delegations/japan/european-council-15-december-2022-main-results_en",
   ["https://www.europarl.europa.eu/thinktank/ro/document/EPRS_BRI(2022)734706"],
   "corroborated", "Council main results (EEAS delegation): one-day summit in Brussels; EPRS outcome briefing agrees.")
eu("2023-06", "brussels", "Brussels European Council (29-30 June 2023)", "2023-06-29", "2023-06-30", "Brussels", "Belgium",
   "https://ft.dk/samling/20222/almdel/UPN/bilag/110/2732136/index.htm",
   ["https://epthinktank.eu/2023/06/27/outlook-for-the-european-council-meeting-of-29-30-june-2023/"],
   "corroborated", "Conclusions EUCO 7/23 'European Council meeting (29 and 30 June 2023)' filed with the Danish Parliament; EPRS outlook agrees.")
eu("2023-10", "granada", "Informal meeting of heads of state or government, Granada (6 October 2023)", "2023-10-06", "2023-10-06", "Granada", "Spain",
   "https://italiaue.esteri.it/en/news/dalla_rappresentanza/2023/10/informal-meeting-of-heads-of-state-or-government-granada-06-10-2023/", [],
   "single_source", "Italian Permanent Representation to the EU: informal meeting of heads of state or government, Granada, 06/10/2023 (Granada Declaration).",
   type="informal")
eu("2024-06", "brussels-informal", "Informal meeting of EU leaders, Brussels (17 June 2024)", "2024-06-17", "2024-06-17", "Brussels", "Belgium",
   "https://multimedia.europarl.europa.eu/fr/topic/informal-leaders-meeting-17-june-2024-european-council-27-28-june-2024_28201", [],
   "single_source", "European Parliament multimedia centre: EU leaders met informally in Brussels on 17/6 after the European elections to discuss the next high-level appointments.",
   type="informal")
eu("2024-06", "brussels", "Brussels European Council (27 June 2024)", "2024-06-27", "2024-06-27", "Brussels", "Belgium",
   "https://epthinktank.eu/2024/07/02/outcome-of-the-european-council-meeting-of-27-june-2024",
   ["https://multimedia.europarl.europa.eu/fr/topic/informal-leaders-meeting-17-june-2024-european-council-27-28-june-2024_28201",
    "https://ieu-monitoring.com/editorial/conclusions-and-appointments-of-the-european-council-on-27-june-2024/437845"],
   "conflicting_sources", "Scheduled 27-28 June 2024 (EP multimedia: 'met in Brussels on 27th and 28th of June'); the conclusions (EUCO 15/24) are dated 27 June and EPRS calls it 'the European Council meeting of 27 June 2024' (Costa elected, von der Leyen proposed, Kallas nominated). One day kept.")
eu("2024-10", "brussels", "Brussels European Council (17-18 October 2024)", "2024-10-17", "2024-10-18", "Brussels", "Belgium",
   "https://ieu-monitoring.com/?p=444193", [],
   "single_source", "Weak source: agenda of the European Council, 17-18 October 2024, reproduced by IEU Monitoring (EU-GCC summit on 16 October). Planned dates; outcome not read.")
eu("2025-02", "videoconference", "Video conference of the members of the European Council (26 February 2025)", "2025-02-26", "2025-02-26", None, None,
   "https://agenceurope.eu/en/bulletin/article/13587/4/emmanuel-macron-will-brief-his-european-counterparts-on-wednesday-about-his-meeting-with-donald-trump", [],
   "single_source", "Agence Europe: on Tuesday 25 February Antonio Costa announced a video conference of the members 'tomorrow morning' (Wednesday 26 Feb) for Macron's debrief on his meeting with Donald Trump. Announcement only.",
   type="informal", format="virtual")
eu("2025-03", "meeting", "Special European Council (6 March 2025)", "2025-03-06", "2025-03-06", None, None,
   "https://agenceurope.eu/en/bulletin/article/13587/4/emmanuel-macron-will-brief-his-european-counterparts-on-wednesday-about-his-meeting-with-donald-trump", [],
   "single_source", "Agence Europe (25 Feb 2025) quoting Antonio Costa: 'To prepare for the Extraordinary European Council on 6 March'. Announcement only; city not stated there, so left empty.",
   type="extraordinary")


# ---- Second pass: UNGA general debates (sessions 64-74, 76, 81) ----
def WGD(ordinal):
    return W(f"General_debate_of_the_{ordinal}_session_of_the_United_Nations_General_Assembly")

unga(64, 2009, "2009-09-23", "2009-09-29",
     "Debate 23-29 Sep 2009 (Wikipedia); PGA Ali Treki's closing statement is dated 29 September 2009 ('The General Debate of the General Assembly has now concluded'). The UN press kit (decision 63/553) had scheduled it to run until Wednesday 30 September. Actual end kept.",
     WGD("sixty-fourth"), ["http://www.un.org/ga/president/64/statements/gadebate290909.shtml", "http://www.un.org/ga/president/64/presskit/gendebate.shtml"],
     "conflicting_sources")
unga(65, 2010, "2010-09-23", "2010-09-30",
     "UN DESA (NGO branch) notice: the general debate 'will begin on Thursday, 23 September and conclude on 30' September 2010 (scheduled dates; actual closing day not verified).",
     "https://esango.un.org/irene/?page=viewContent&nr=7862&type=8&section=8", [], "single_source")
unga(66, 2011, "2011-09-21", "2011-09-27",
     "PGA Nassir Abdulaziz Al-Nasser; closing statement dated 27 September 2011. The German Foreign Office (21-27 Sep) and Xinhua agree.",
     WGD("sixty-sixth"), ["http://www.un.org/en/ga/president/66/statements/gdclosing270911.shtml",
                           "http://www.auswaertiges-amt.de/sid_E76BD3BFD4D4AD98A1EED2CBCAFD527D/EN/Aussenpolitik/Friedenspolitik/VereinteNationen/Generalversammlung/GV66_node.html"],
     "corroborated")
unga(67, 2012, "2012-09-25", "2012-10-01", "PGA Vuk Jeremic. Dates from the Wikipedia infobox only.",
     WGD("sixty-seventh"), [], "single_source")
unga(68, 2013, "2013-09-24", "2013-10-04",
     "PGA John W. Ashe. Wikipedia (and an older copy): commenced 24 September and ended 4 October 2013; News Americas confirms the opening on Tuesday 24 September. The closing day was not verified on a UN page.",
     WGD("sixty-eighth"), ["https://newsamericasnow.com/antigua-born-un-general-assembly-president-calls-for-commitment-to-social-prosperity"],
     "single_source")
unga(69, 2014, "2014-09-24", "2014-10-01",
     "Debate days 24-27 September and 29 September - 1 October 2014 as adopted with the agenda (UN meetings coverage); opening moved from 23 September for the Climate Summit (IISD). PGA Sam Kutesa.",
     "https://press.un.org/en/content/general-assembly/meetings-coverage?page=295",
     ["https://sdg.iisd.org/events/69th-session-of-the-un-general-assembly-unga-69"], "corroborated")
unga(70, 2015, "2015-09-28", "2015-10-03",
     "Wikipedia and Xinhua: 28 September - 3 October 2015. The UN schedule page lists general-debate days 28 September - 3 October plus Monday 5 and Tuesday 6 October, and UNIS Vienna said it would run through Monday 5 October (both pre-session). Wikipedia's end kept; not verified on a closing statement. PGA Mogens Lykketoft.",
     WGD("seventieth"), ["http://www.un.org/en/ga/info/meetings/70schedule.shtml", "https://unis.unvienna.org/unis/en/pressrels/2015/unisinf514.html"],
     "conflicting_sources")
unga(71, 2016, "2016-09-20", "2016-09-26",
     "PGA Peter Thomson's opening remarks (20 Sep) and his closing statement for the general debate dated 26 September 2016 ('over the past 6 days'); CRI also gives 20-26 Sep. A Wikipedia copy says it ended on 28 September. Official 26 Sep kept.",
     "https://www.un.org/pga/71/2016/09/26/pgas-closing-statement-for-un-general-debate/",
     ["https://www.un.org/pga/71/2016/09/20/opening-remarks-of-general-debate-of-the-71st-session-of-the-un-general-assembly/", WGD("seventy-first")],
     "conflicting_sources")
unga(72, 2017, "2017-09-19", "2017-09-25",
     "UN Information Centre Colombo: 'The annual General Debate ... took place from 19 - 25 September 2017'; IISD: all 196 statements delivered by 25 September. PGA Miroslav Lajcak.",
     "http://colombo.sites.unicnetwork.org/2017/09/25/72nd-session-of-the-un-general-assembly-ends-in-new-york/",
     ["http://sdg.iisd.org/news/unga-72-general-debate-addressed-by-all-un-member-states"], "corroborated")
unga(73, 2018, "2018-09-25", "2018-10-01",
     "UN general-debate site: 'General Debate: 25 September - 1st October 2018'; theme 'Making the United Nations relevant to all people'.",
     "https://gadebate.un.org/en", [], "single_source")
unga(74, 2019, "2019-09-24", "2019-09-30",
     "Wikipedia: opened 24 September and ran until 30 September 2019; PGA Tijjani Muhammad-Bande's opening statement is dated 24 September 2019.",
     WGD("seventy-fourth"), ["https://www.un.org/pga/74/2019/09/24/opening-of-the-general-debate"], "corroborated")
unga(76, 2021, "2021-09-21", "2021-09-27",
     "Hybrid format (in-person and pre-recorded statements). Wikipedia 21-27 Sep 2021; PGA Abdulla Shahid's opening (21 Sep) and closing (27 Sep) remarks agree.",
     WGD("seventy-sixth"), ["https://www.un.org/pga/76/2021/09/21/opening-of-the-76th-general-debate/", "https://www.un.org/pga/76/2021/09/27/closing-of-the-76th-general-debate/"],
     "corroborated", format="hybrid")
s("unga-2026-new-york", "UNGA", "General debate of the 81st session of the UN General Assembly", 81, 2026,
  "2026-09-22", None, "partial", "New York", "United States", "planned",
  "https://research.un.org/en/docs/ga/generaldebate", [], "single_source",
  "UN Library research guide (note A/INF/session/1): session opens Tuesday 8 September 2026, general debate opens Tuesday 22 September 2026. Only the scheduled opening day was read; closing day and outcome not verified (status as of that page).",
  venue="General Assembly Hall, United Nations Headquarters")

# ---- Second pass: WEF annual meetings 2006, 2010-2019 ----
wef(2006, None, "2006-01-25", "2006-01-29", "Davos", "Switzerland",
    "https://www.alchempro.com/news/textiles-association-organization-news/newsdetails.aspx?news_id=11320&page=1", [],
    "corroborated", "WEF programme announcement republished by a trade-news site: Annual Meeting from 25 to 29 January (2006 agenda), theme 'The Creative Imperative'; the WEF Annual Meeting 2006 report ('Davos, Switzerland 25-29 January', read only through a document-sharing copy, not cited) agrees.")
wef(2010, 40, "2010-01-27", "2010-01-31", "Davos", "Switzerland",
    "http://www.weforum.org/events/world-economic-forum-annual-meeting-2010", ["http://www.eumorningpost.com/davos-2010-the-world-economic-forum/"],
    "conflicting_sources", "Theme 'Improve the State of the World: Rethink, Redesign, Rebuild' (weforum.org event page, no dates shown). Dates 27-31 January from the WEF Annual Meeting 2010 report (read through a document-sharing copy); a blog gives 26-31 January. 40th meeting per the report preface.")
wef(2011, 41, "2011-01-26", "2011-01-30", "Davos", "Switzerland",
    "http://en.people.cn/90001/90780/91421/7267311.html", [],
    "single_source", "WEF release (Adrian Monck, WEF) in People's Daily: 41st Annual Meeting in Davos-Klosters from 26 to 30 January, theme 'Shared Norms for the New Reality'; the WEF report (read through a copy) agrees.")
wef(2012, 42, "2012-01-25", "2012-01-29", "Davos", "Switzerland",
    "http://reports.weforum.org/davos-2012/", ["https://www.theglobaljournal.net/article/view/578/index.html", "https://widgets.weforum.org/history/2012.html"],
    "corroborated", "WEF report: 42nd Annual Meeting, Davos-Klosters 25-29 January, 'The Great Transformation: Shaping New Models'.")
wef(2013, 43, "2013-01-23", "2013-01-27", "Davos", "Switzerland",
    "https://sdg.iisd.org/?p=740761", ["http://genevalunch.com/2013/01/23/davos-kicks-off-officially-today/", "http://www.chinadaily.com.cn/world/2013-01/23/content_16161009.htm"],
    "corroborated", "IISD and GenevaLunch: 23-27 January 2013, 'Resilient Dynamism' (43rd per the WEF report). Xinhua reports the opening welcome address on Tuesday evening 22 January.")
wef(2014, 44, "2014-01-22", "2014-01-25", "Davos", "Switzerland",
    "http://www.weforum.org/news/use-tech-gains-solve-global-problems-say-co-chairs-44th-annual-meeting-ends",
    ["https://newsahead.com/44th-annual-world-economic-forum-meeting/", "https://www.theneweconomy.com/business/world-economic-forum-annual-meeting-2014",
     "https://netzfrauen.org/2014/01/21/die-global-player-tagen-die-neugestaltung-der-welt/"],
    "corroborated", "WEF closing release ('Davos-Klosters, Switzerland, 25 January 2014 - The 44th Annual Meeting ... ended today'; theme 'The Reshaping of the World: Consequences for Society, Politics and Business'); The New Economy ('From January 22 2014') and other pages give 22-25 January. Source switched in the verification pass.")
wef(2015, 45, "2015-01-21", "2015-01-24", "Davos", "Switzerland",
    "https://www.weforum.org/agenda/2015/01/15-things-you-need-to-know-about-davos-2015/",
    ["https://www.corecommunique.com/record-participation-world-economic-forum-annual-meeting-2015/", "https://www.worldfinance.com/special-reports/what-can-we-expect-from-davos-2015"],
    "corroborated", "WEF Agenda: 45th Annual Meeting, Davos, 21-24 January 2015 ('The New Global Context'); WEF release of 6 Jan 2015 and World Finance agree.")
wef(2016, 46, "2016-01-20", "2016-01-23", "Davos", "Switzerland",
    "https://www.weforum.org/agenda/2015/11/what-is-the-theme-of-davos-2016/",
    ["https://english.alarabiya.net/special-reports/davos2016/2016/01/18/What-is-the-World-Economic-Forum-s-theme-for-Davos-2016-"],
    "corroborated", "WEF: 46th Annual Meeting in Davos-Klosters on 20-23 January, 'Mastering the Fourth Industrial Revolution'.")
wef(2017, 47, "2017-01-17", "2017-01-20", "Davos", "Switzerland",
    "http://www.marginalia.online/world-economic-forums-47th-annual-meeting-calls-for-responsive-leadership/",
    ["http://wtb6.com/english/2017-01/11/c_135971335.htm", "https://www.europeanbusinessreview.eu/dossier.asp?cid=36"],
    "corroborated", "WEF announcement (republished): 47th Annual Meeting 17-20 January 2017, 'Responsive and Responsible Leadership'; Xinhua and European Business Review agree.")
wef(2018, 48, "2018-01-23", "2018-01-26", "Davos", "Switzerland",
    "https://weforum.org/press/2017/11/world-economic-forum-announces-co-chairs-of-its-48th-annual-meeting",
    ["https://emiratesvoice.com/en/amp/90/all-you-need-to-know-about-davos-2018-151357", "https://filipino.cri.cn/301/2018/01/24/103s153916.htm"],
    "corroborated", "WEF press release (13 Nov 2017): 48th Annual Meeting on 23-26 January 2018, 'Creating a Shared Future in a Fractured World', seven women co-chairs; CRI: opened Tuesday 23 January.")
wef(2019, None, "2019-01-22", "2019-01-25", "Davos", "Switzerland",
    "https://www.euronews.com/2019/01/20/world-economic-forum-2019-what-to-expect-at-this-year-s-davos",
    ["http://rg21.jp/?p=6150", "https://www.nmcleaders.com/post/the-world-economic-forum-s-annual-meeting-2019"],
    "corroborated", "Euronews: starts Tuesday 22 January, wraps up Friday 25 January 2019; theme 'Globalization 4.0'. Edition number not stated in the pages read.")

# ---- Second pass: G7 video conferences 2022, APEC informal leaders' retreat 2021 ----
s("g7-g8-2022-video-february", "G7/G8", "G7 leaders' video conference on Russia's attack on Ukraine (February 2022)", None, 2022,
  "2022-02-24", "2022-02-24", "day", None, "Germany", "held",
  "https://www.g7germany.de/g7-en/news/photo-series/german-g7-presidency-2155826", [],
  "single_source", "German G7 presidency photo series: '24 February 2022: Russia attacked Ukraine. The G7 leaders met for a video conference' (chaired by Olaf Scholz).",
  format="virtual", type="leaders_meeting")
s("g7-g8-2022-video-may", "G7/G8", "G7 leaders' video conference with President Zelensky (May 2022)", None, 2022,
  "2022-05-08", "2022-05-08", "day", None, "Germany", "held",
  "https://asumetech.com/germany-on-sunday-a-group-of-7-leaders-held-a-virtual-meeting-with-the-participation-of-zelensky/",
  ["http://staging.bolnews.com/?paged=2&tag=world-war-ii"],
  "corroborated", "News only: the German government spokesperson announced a virtual G7 leaders' meeting with Zelensky on Sunday 8 May (the third video conference of the year under the German presidency). No official readout read.",
  format="virtual", type="leaders_meeting")
s("apec-2021-informal-leaders-retreat", "APEC", "APEC Informal Leaders' Retreat (virtual, July 2021)", None, 2021,
  "2021-07-16", "2021-07-16", "day", None, "New Zealand", "held",
  "https://www.stuff.co.nz/national/politics/125724790/prime-minister-jacinda-ardern-to-host-presidents-biden-and-putin-at-apec-leaders-meeting",
  ["https://phnompenhpost.com/business/new-zealands-ardern-calls-emergency-apec-pandemic-meeting", "https://pacificadvocate.com/asia-pacific-leaders-address-pandemic-recovery/"],
  "corroborated", "First additional (extraordinary) APEC leaders' meeting, convened online by Jacinda Ardern (NZ host year) on Friday 16 July 2021 on COVID-19; held per Pacific Advocate (joint statement issued; began 9 pm PNG time on Friday). Stuff's teaser line says 'on Saturday' while its text says Friday (probably New Zealand time); 16 July kept.",
  format="virtual", type="informal")


# =====================================================================
# Third pass (branch asem-au): ASEM summits, the UN climate summits of 2014 and 2019,
# African Union Assembly sessions 2016-2020 (every meeting of 2018-2020; see README).
# =====================================================================
AIB = "https://aseminfoboard.org/asem_events/"

def asem(n, year, start, end, city, country, source, other, verification, note=None, **extra):
    slug = city.split(" (")[0].lower().replace(" ", "-")
    s(f"asem-{year}-{slug}", "ASEM", f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n if n < 20 else n % 10, 'th')} ASEM Summit (ASEM{n})", n, year,
      start, end, "day", city, country, "held", source, other, verification, note, **extra)

asem(1, 1996, "1996-03-01", "1996-03-02", "Bangkok", "Thailand", AIB + "1st-asem-summit-asem1/",
     ["https://www.mofa.go.jp/policy/economy/asem/asem2/chairman.html", "https://asef.org/blog/history/asia-europe-meeting-asem/"],
     "corroborated", "Inaugural summit. The ASEM2 Chairman's Statement (MOFA Japan) recalls 'their first Summit in Bangkok on 1-2 March 1996'.")
asem(2, 1998, "1998-04-03", "1998-04-04", "London", "United Kingdom", AIB + "2nd-asem-summit-asem2/",
     ["https://www.mofa.go.jp/policy/economy/asem/asem2/chairman.html", "http://news.bbc.co.uk/2/hi/special_report/1998/03/98/asem_2/71528.stm"],
     "corroborated", "Chaired by Tony Blair (UK EU presidency). Chairman's Statement: held in London on 3-4 April 1998; the BBC guide gives 2-4 April, counting the first EU-China summit held alongside.")
asem(3, 2000, "2000-10-20", "2000-10-21", "Seoul", "South Korea", "https://donga.com/en/article/all/20001019/194142/1",
     ["http://en.people.cn/english/200010/21/eng20001021_53260.html", "https://ciaotest.cc.columbia.edu/wps/hwy01/hwy01.html"],
     "corroborated", "Dong-A Ilbo: 'will be held Oct. 20 and 21 in Seoul'; People's Daily: the two-day meeting concluded Saturday (21 Oct) in Seoul.")
asem(4, 2002, "2002-09-23", "2002-09-24", "Copenhagen", "Denmark", "https://japan.kantei.go.jp/koizumispeech/2002/09/24statement_e.html",
     ["https://english.stm.dk/press/press-releases/afr-asem-4-in-copenhagen-on-23-and-24-september-2002/", "https://www.mofa.go.jp/policy/economy/asem/asem4/overview.html"],
     "corroborated", "Chairman's Statement: held in Copenhagen on 23-24 September 2002 (Bella Centre); an informal leaders' dinner at Kronborg Castle, Elsinore, opened it on the evening of 22 September, which is why MOFA Japan gives 22-24 September.")
asem(5, 2004, "2004-10-08", "2004-10-09", "Hanoi", "Vietnam", "https://www.mofa.go.jp/policy/economy/asem/asem5/economy.html",
     ["http://www.fmprc.gov.cn/mfa_eng/wjb_663304/zzjg_663340/gjs_665170/gjzzyhy_665174/2608_665204/2609_665206/200410/t20041009_598472.html", "https://vccinews.com/news/2767/.html"],
     "corroborated", "Hanoi Declaration: 'held in Ha Noi on 8-9 October 2004'. The admission ceremony of 13 new partners was on 7 October, which is why MOFA Japan's overview gives 7-9 October.")
asem(6, 2006, "2006-09-10", "2006-09-11", "Helsinki", "Finland", AIB + "6th-asem-summit-asem6/",
     ["https://www.mofa.go.jp/policy/economy/asem/asem6/overview.html", "https://finlandabroad.fi/web/est/current-affairs/-/asset_publisher/h5w4iTUJhNne/content/a-decision-on-the-enlargement-of-asem-in-the-helsinki-summit/384951"],
     "corroborated", "Tenth-anniversary summit (Helsinki Fair Centre); first planned for Tampere, moved to Helsinki.")
asem(7, 2008, "2008-10-24", "2008-10-25", "Beijing", "China", "http://french.china.org.cn/foreign/archives/ASEM/2008-10/26/content_16668339.htm",
     ["http://sggpnews.org.vn/international/seventh-asiaeurope-meeting-ends-in-beijing-15921.html", "https://europeanchamber.com.cn/en/working-group-news/861/forty_five_asem_members_to_attend_7th_asem_summit"],
     "corroborated", "China.org.cn (Xinhua): the 7th summit took place from 24 to 25 October in Beijing; SGGP: the two-day summit closed in Beijing on 25 October.")
asem(8, 2010, "2010-10-04", "2010-10-05", "Brussels", "Belgium", AIB + "8th-asem-summit-asem8/",
     ["https://www.philstar.com/headlines/2010/10/08/618683/need-asia-and-europe-dialogue-cited/amp/", "http://asem8.be/prime-minister-belgium.html"],
     "corroborated", "Held in the Royal Palace, Brussels (Belgian EU presidency); Russia and Australia joined.")
asem(9, 2012, "2012-11-05", "2012-11-06", "Vientiane", "Laos", "https://www.mofa.go.jp/policy/economy/asem/asem9/gaiyo.html",
     ["http://www.eu-asiacentre.eu/news_details.php?news_id=51", "https://en.vietnamplus.vn/asem-summit-opens-in-laos-post39921.vnp"],
     "corroborated", "MOFA Japan: opened in Vientiane on 5 November 2012, second day 6 November; Bangladesh, Norway and Switzerland joined.")
asem(10, 2014, "2014-10-16", "2014-10-17", "Milan", "Italy", AIB + "10th-asem-summit-asem10/",
     ["https://pressocm.gov.kh/en/archives/1085", "http://italia2014.eu/en/news/post/asem/"],
     "corroborated", "Hosted by Matteo Renzi, chaired by European Council President Herman Van Rompuy (Chair's Statement: 'held in Milan, Italy, on 16-17 October 2014').")
asem(11, 2016, "2016-07-15", "2016-07-16", "Ulaanbaatar", "Mongolia", "https://eubulletin.com/5835-11th-asem-meeting-european-and-asian-leaders-gathered-in-mongolia.html",
     ["http://www.aseminfoboard.org/press/asem-20th-anniversary-celebrating-asia-europe-relations", "https://montsame.mn/en/read/126240"],
     "corroborated", "Twentieth-anniversary summit ('ASEM11 in Ulaanbaatar, Mongolia', 15-16 July 2016).")
asem(12, 2018, "2018-10-18", "2018-10-19", "Brussels", "Belgium", "https://euobserver.com/stakeholders/143115",
     ["https://news.am/eng/news/476793.html", "https://www.efe.com/efe/english/world/summit-between-european-asian-leaders-kicks-off-in-brussels/50000262-3785627"],
     "corroborated", "Hosted by the European Union, chaired by Donald Tusk; theme 'Global Partners for Global Challenges'.")
asem(13, 2021, "2021-11-25", "2021-11-26", "Phnom Penh (chair)", "Cambodia", "https://thediplomaticinsight.com/report-on-13th-asem-chaired-by-cambodia",
     ["https://sputniknews.com/20211125/13th-asem-summit-kicks-off-in-virtual-format-1091005135.html", "https://en.camm-media.com/cambodia-to-host-the-13th-asem-summit-on-25-26-november-2021-virtually/"],
     "corroborated", "Held by video conference, chaired from Phnom Penh by Hun Sen. First set for 16-17 November 2020 in Phnom Penh and postponed twice (COVID-19). No 14th ASEM summit was found in the pages read, so none is recorded.",
     format="virtual")

s("un-climate-summit-2014-new-york", "UN Climate Summit 2014", "Climate Summit 2014 (UN Secretary-General's climate summit)", None, 2014,
  "2014-09-23", "2014-09-23", "day", "New York", "United States", "held",
  W("2014_UN_Climate_Summit"), ["http://www.un.org/climatechange/summit/"],
  "corroborated", "Convened by Ban Ki-moon at UN Headquarters; outside the UNFCCC negotiations (not a COP).",
  venue="United Nations Headquarters")
s("un-climate-action-summit-2019-new-york", "UN Climate Action Summit", "UN Climate Action Summit 2019", None, 2019,
  "2019-09-23", "2019-09-23", "day", "New York", "United States", "held",
  "https://www.un.org/en/climatechange/",
  ["https://www.eesc.europa.eu/el/agenda/our-events/events/climate-action-summit-2019", "https://www.developmentaid.org/news-stream/post/41579/un-climate-action-summit-2019"],
  "corroborated", "Convened by Antonio Guterres at UN Headquarters during the high-level week of the 74th General Assembly; outside the UNFCCC negotiations (not a COP).",
  venue="United Nations Headquarters")

# `edition` is the number of the ordinary session only: extraordinary sessions and coordination
# meetings are numbered in their own sequences (kept in the name), and "the 10th AU summit" means
# the 10th ordinary session.
def au(id, name, edition, year, start, end, city, country, source, other, verification="corroborated", note=None, **extra):
    s(id, "African Union", name, edition, year, start, end, "day", city, country, "held", source, other, verification, note, **extra)

ORD = "Ordinary Session of the Assembly of the African Union"
au("au-2016-01-addis-ababa", f"26th {ORD}", 26, 2016, "2016-01-30", "2016-01-31", "Addis Ababa", "Ethiopia",
   "https://au.int/es/node/19671", ["http://en.chinagate.cn/2016-01/31/content_37705034.htm", "https://test.uri.org/uri-story/20160309-26th-ordinary-summit-heads-state-and-government-african-union"],
   note="AU press release: the two-day 26th Ordinary Session ended on 31 January 2016 at AU headquarters; Idriss Deby elected chair.")
au("au-2016-07-kigali", f"27th {ORD}", 27, 2016, "2016-07-17", "2016-07-18", "Kigali", "Rwanda",
   "https://au.int/en/content-visibility-tags/special-page-front-page?page=1", ["http://uri.org/uri-story/20170816-summary-27th-african-union-summit", "https://www.paulkagame.com/welcome-address-by-president-paul-kagame-at-the-27th-african-union-summith/"],
   note="The summit week ran 10-18 July 2016 (AU media advisory); the Assembly of heads of state met on 17-18 July (URI report; Kagame's welcome address, Kigali, 17 July 2016).")
au("au-2016-10-lome-extraordinary", "Extraordinary Summit of the African Union on Maritime Security and Safety and Development in Africa", None, 2016,
   "2016-10-15", "2016-10-15", "Lomé", "Togo",
   "https://african-union-togo2015.com/en/accueil", ["https://lomebougeinfo.tg/securite-maritime-sommet-extraordinaire-de-lunion-africaine-les-chefs-detat-adoptent-et-signent-la-charte-de-lome/", "https://news.abidjan.net/articles/602249/17-chefs-detat-a-louverture-du-sommet-de-lua-sur-la-securite-et-la-surete-maritime"],
   note="Adopted the Lomé Charter on maritime security (Saturday 15 October 2016).", type="extraordinary")
au("au-2017-01-addis-ababa", f"28th {ORD}", 28, 2017, "2017-01-30", "2017-01-31", "Addis Ababa", "Ethiopia",
   "https://au.int/fr/visibility-tags/department-frontpage?page=144", ["https://sauress.com/spa/1587131"],
   note="AU: the 28th Summit opened on 30 January 2017 at AU headquarters; SPA: the session lasts two days. The decisions' cover page ('30 - 31 January 2017') was read only through a document-sharing copy, not cited.")
au("au-2017-07-addis-ababa", f"29th {ORD}", 29, 2017, "2017-07-03", "2017-07-04", "Addis Ababa", "Ethiopia",
   "https://au.int/en/summit/29", ["https://sudantribune.com/article61037"],
   note="AU summit page: 29th Ordinary Session of the Assembly, 3-4 July 2017, AU headquarters (summit week 27 June - 4 July).")
au("au-2018-01-addis-ababa", f"30th {ORD}", 30, 2018, "2018-01-28", "2018-01-29", "Addis Ababa", "Ethiopia",
   "http://sudantribune.com/spip.php?article64463", ["http://www.lexpressiondz.com/linformation_en_continue/284998-paul-kagam%C3%A9-prend-la-pr%C3%A9sidence-de-l%E2%80%99union-africaine.html", "https://www.zimeye.net/kagame-takes-over-african-union-chair/"],
   verification="conflicting_sources",
   note="Sudan Tribune, Zimeye and L'Expression: 28-29 January 2018 (Sunday and Monday; Kagame took the chair). A preview (ISS, via Alwihda Info) gave 29-30 January; the reports of the meeting itself are kept.")
au("au-2018-03-kigali-extraordinary", "10th Extraordinary Session of the Assembly of the African Union (launch of the AfCFTA)", None, 2018,
   "2018-03-21", "2018-03-21", "Kigali", "Rwanda",
   "https://www.internationaltradecomplianceupdate.com/2018/03/30/african-countries-launch-african-continental-free-trade-area-afcfta/",
   ["http://glawcal.org.uk/news/african-leaders-launched-the-african-continental-free-trade-area", "https://wsimag.com/economy-and-politics/37452-au-extraordinary-summit", "https://au.int/en/countries/rwanda?page=8"],
   note="44 countries signed the AfCFTA Agreement, 47 the Kigali Declaration and 30 the Free Movement Protocol on 21 March 2018 at the Kigali Convention Centre (preparatory PRC meeting from 17 March).",
   type="extraordinary")
au("au-2018-07-nouakchott", f"31st {ORD}", 31, 2018, "2018-07-01", "2018-07-02", "Nouakchott", "Mauritania",
   "https://au.int/fr/node/34549", ["http://www.enca.com/south-africa/president-ramaphosa-in-mauritania-for-au-summit", "http://allafrica.com/stories/201806210573.html"],
   note="AU meeting page: Thirty First Ordinary Session of the Assembly, 1-2 July 2018, new conference centre, Nouakchott (summit week from 25 June).")
au("au-2018-11-addis-ababa-extraordinary", "11th Extraordinary Session of the Assembly of the African Union (institutional reform)", None, 2018,
   "2018-11-17", "2018-11-18", "Addis Ababa", "Ethiopia",
   "https://amaniafrica-et.org/update-on-the-reform-of-the-au-review-of-the-11th-extraordinary-summit-of-the-au/?print=print",
   ["https://allafrica.com/stories/201811140688.html", "https://www.herald.co.zw/president-arrives-in-addis-for-au-talks/"],
   note="Amani Africa: 'The African Union (AU) held a record number of 4 summits in 2018', the last being this one on 17-18 November (with the 30th and 31st ordinary and the 10th extraordinary sessions, the four of 2018).",
   type="extraordinary")
au("au-2019-02-addis-ababa", f"32nd {ORD}", 32, 2019, "2019-02-10", "2019-02-11", "Addis Ababa", "Ethiopia",
   "https://www.presidency.eg/EN/%D9%82%D8%B3%D9%85-%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A7%D9%84%D9%81%D8%B9%D8%A7%D9%84%D9%8A%D8%A7%D8%AA-%D9%88%D8%A7%D9%84%D9%85%D8%A4%D8%AA%D9%85%D8%B1%D8%A7%D8%AA/%D8%A7%D9%84%D9%82%D9%85%D8%A9-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%8A%D8%A9-%D9%88%D8%A7%D9%84%D8%AB%D9%84%D8%A7%D8%AB%D9%8A%D9%86-%D9%84%D9%84%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF-%D8%A7%D9%84%D8%A3%D9%81%D8%B1%D9%8A%D9%82%D9%8A/",
   ["https://philanthropycircuit.org/?p=5856", "http://diplomacybeyond.com/articles/african-union-summit-32-concluded-in-addis-ababa/"],
   note="Sisi took the AU chair on Sunday 10 February; two-day meeting on 10 and 11 February 2019 (philanthropycircuit), concluded on Monday (Diplomacy Beyond).")
au("au-2019-07-niamey-extraordinary", "12th Extraordinary Session of the Assembly of the African Union (operational phase of the AfCFTA)", None, 2019,
   "2019-07-07", "2019-07-07", "Niamey", "Niger",
   "https://afpra.org/2019/07/24/", ["https://www.africanews.com/2019/07/04/au-summit-kicks-off-with-the-ordinary-session-of-the-executive-council-in-niger/", "https://paepard.blogspot.com/2019/07/african-union-to-launch-operational.html?m=1"],
   note="Launched the operational phase of the AfCFTA on 7 July 2019; held alongside the first Mid-Year Coordination Meeting (8 July), which replaced the mid-year ordinary summit.",
   type="extraordinary")
au("au-2019-07-niamey-coordination", "1st Mid-Year Coordination Meeting of the African Union and the Regional Economic Communities", None, 2019,
   "2019-07-08", "2019-07-08", "Niamey", "Niger",
   "https://paepard.blogspot.com/2019/07/african-union-to-launch-operational.html?m=1", ["https://assodesire.com/2019/06/25/african-union-extraordinary-summit-in-niger-an-historical-rendezvous/", "https://www.ena.et/en/?p=8513&utm_source=rss&utm_medium=rss&utm_campaign=fm-gedu-heads-for-niger-to-attend-au-summit"],
   note="The inaugural Mid-Year Coordination Meeting (Bureau of the Assembly with the chairs of the Regional Economic Communities), 8 July 2019; it replaces the June/July summit.",
   type="leaders_meeting")
au("au-2020-02-addis-ababa", f"33rd {ORD}", 33, 2020, "2020-02-09", "2020-02-10", "Addis Ababa", "Ethiopia",
   "https://allafrica.com/stories/202002100041.html", ["https://www.iol.co.za/news/politics/ramaphosa-to-lead-sa-delegation-to-au-summit-in-ethiopia-42265321", "https://equatorialguineanewswire.com/au-celebrates-xxxiii-ordinary-session-under-the-silencing-the-guns-banner/"],
   note="South African Presidency via AllAfrica: 33rd Ordinary Session, Addis Ababa, 9-10 February 2020; Ramaphosa took the chair.")
au("au-2020-10-coordination-virtual", "2nd Mid-Year Coordination Meeting of the African Union and the Regional Economic Communities", None, 2020,
   "2020-10-22", "2020-10-22", None, None,
   "https://au.int/sw/node/39460", ["https://thepresidency.gov.za/node/4330", "https://www.cnbcafrica.com/africa-press-office/2020/10/24/african-union-2nd-mid-year-coordination-meeting-closes-with-a-resolve-to-strengthen-collaboration-between-the-african-union-au-regional-economic-communities-recs-regional-mechanisms-rms-the-me/"],
   note="Virtual meeting chaired by Cyril Ramaphosa on 22 October 2020 (COVID-19).", format="virtual", type="leaders_meeting")
au("au-2020-12-extraordinary-afcfta", "13th Extraordinary Session of the Assembly of the African Union (start of trading under the AfCFTA)", None, 2020,
   "2020-12-05", "2020-12-05", None, None,
   "https://thepresidency.gov.za/president-ramaphosa-preside-over-key-african-union-deliberations", ["https://allafrica.com/stories/202012050305.html", "https://www.lusakatimes.com/2020/12/05/president-lungu-to-attend-au-virtual-summit/"],
   note="Held by video on Saturday 5 December 2020 (first set for 30 May 2020 in South Africa, postponed for COVID-19); adopted the Johannesburg Declaration on trading under the AfCFTA from 1 January 2021.",
   format="virtual", type="extraordinary")
au("au-2020-12-extraordinary-silencing-the-guns", "14th Extraordinary Session of the Assembly of the African Union (Silencing the Guns)", None, 2020,
   "2020-12-06", "2020-12-06", None, None,
   "https://thepresidency.gov.za/president-ramaphosa-preside-over-key-african-union-deliberations", ["https://allafrica.com/stories/202012050305.html", "https://zwnews.com/au-to-hold-13th-and-14th-virtual-extraordinary-sessions-this-weekend/"],
   note="Held by video on Sunday 6 December 2020, the day after the 13th Extraordinary Session.",
   format="virtual", type="extraordinary")


# =====================================================================
# Third pass (branch eucouncil): European Council meetings 2015-2020 completed
# Kept in one block so that other additions to this file merge cleanly.  Every
# meeting of 2015-2020 is now recorded (formal, special/extraordinary, informal,
# video conferences, and the meetings of the EU heads of state or government
# chaired by the European Council President with Turkey (29 Nov 2015) and with
# the Western Balkans in Sofia (16-17 May 2018, with the informal leaders'
# dinner)).  Left out as a different series: the EU-League of Arab States
# summit (Sharm el-Sheikh, 24-25 Feb 2019), Euro Summits, Eastern Partnership,
# EU-Africa and other summits with partners.  factlint checks European Council
# places only within these years (data/vocabulary/series.yml `complete`).
# Pages read: logs/reading-notes.md, section "Third pass (eucouncil)".
# =====================================================================
EUCO_COMPLETE_YEARS = (2015, 2020)
CONSILIUM = "http://www.consilium.europa.eu/en/meetings/european-council/"

def eucouncil_2015_2020():
    # Host cities read for records of the second pass that had none.
    places = {
        "european-council-2016-03-meeting": ("Brussels", "http://www.euinjapan.jp/en/resources/news-from-the-eu/20160308/142334/",
            "Statement of the EU heads of state or government (EU News 80/2016) datelined 'Brussels', 08/03/2016."),
        "european-council-2016-06-eu27": ("Brussels", "https://www.euractiv.com/section/uk-europe/news/live-first-eu-summit-post-brexit/",
            "EurActiv live blog: member states 'convened in Brussels' on 28-29 June 2016; summit over on 29 June."),
        "european-council-2017-02-malta": ("Valletta", "https://www.europeansources.info/record/informal-meeting-of-eu-heads-of-state-or-government-valletta-malta-3-february-2017/",
            "European Sources Online: 'Informal meeting of EU heads of state or government, Valletta, Malta, 3 February 2017'; Tusk's remarks thank Muscat for hosting 'in the beautiful city of Valletta'."),
        "european-council-2017-03-meeting": ("Brussels", "https://www.europeansources.info/record/european-council-brussels-9-10-march-2017/",
            "European Sources Online 'European Council, Brussels, 9-10 March 2017'; European Movement Ireland: 'On Thursday 9 March and Friday 10 March 2017, EU leaders met in Brussels'."),
        "european-council-2017-03-eu27": ("Brussels", "http://www.consilium.europa.eu/en/meetings/european-council/2017/03/25-informal-meeting/",
            "Council page on the Rome anniversary: 'On Friday 10 March the 27 leaders met informally in Brussels'."),
        "european-council-2018-02-meeting": ("Brussels", "https://eaccny.com/news/chapternews/informal-meeting-of-the-27-heads-of-state-or-government-23-02-2018/",
            "Council main results as republished by the EACCNY: 'EU leaders met in Brussels'; the Belgian Prime Minister's agenda gives the Europa building, Wetstraat 175."),
        "european-council-2018-10-meeting": ("Brussels", "https://www.independent.co.uk/news/uk/politics/brexit-eu-summit-theresa-may-no-deal-reached-brussels-irish-border-a8588966.html",
            "The Independent (Wednesday 17 October 2018): 'Theresa May arrives at the European Council summit in Brussels'; the Council main results (European Sting) give the Art. 50 working dinner on 17 October and the European Council on 18 October."),
        "european-council-2018-brussels-art50": ("Brussels", "https://www.tgcom24.mediaset.it/mondo/brexit-e-il-giorno-del-vertice-ue-sull-accordo-di-recesso_3176902-201802a.shtml",
            "TgCom24: the extraordinary summit of the EU heads of state or government on the withdrawal agreement 'si svolge a Bruxelles' (25 Nov 2018)."),
        "european-council-2018-12-meeting": ("Brussels", "https://www.efe.com/efe/english/world/eu-leaders-gather-for-brexit-summit-as-may-seeks-concessions/50000262-3841913",
            "EFE: 'Leaders from the European Union's 28 member states gathered in Brussels Thursday for a European Council summit' (13 Dec 2018); BBC live page: 'The EU's two-day summit in Brussels has concluded' (14 Dec)."),
        "european-council-2019-03-meeting": ("Brussels", "https://web.archive.org/web/20211114151118/https://www.consilium.europa.eu/en/meetings/european-council/2019/03/21-22/",
            "Council meeting page (archived): 'Highlights of the European Council, on 22 March 2019, in Brussels'; Europe Diplomatic: EU27 leaders 'gathering for a Summit in Brussels' on 21 March."),
        "european-council-2020-10-meeting": ("Brussels", "https://europediplomatic.com/2020/10/01/euco-leaders-summit-in-brussels/",
            "Europe Diplomatic 'Brussels 1.10.2020': 'The EU leaders meet in Brussels'; EUobserver: leaders 'will gather this Thursday and Friday (1-2 October) in Brussels'."),
    }
    for r in S:
        if r["id"] in places:
            city, url, read = places[r["id"]]
            r["host_city"], r["host_country"] = city, ("Malta" if city == "Valletta" else "Belgium")
            r["other_sources"] = r["other_sources"] + [url] if url != r["source"] and url not in r["other_sources"] else r["other_sources"]
            if r["verification"] == "single_source":
                r["verification"] = "corroborated"
            note = (r.get("note") or "").replace(" Host city not stated in the pages read, so left empty.", "")
            note = note.replace("; the place is not stated in the texts read, so host city/country are left empty", "")
            r["note"] = (note + " Host city read in the third pass: " + read).strip()

    def new(ym, city_id, name, start, end, city, country, source, other, verif, note, **kw):
        eu(ym, city_id, name, start, end, city, country, source, other, verif, note, **kw)

    # ---- 2015 ----
    new("2015-03", "brussels", "Brussels European Council (19-20 March 2015)", "2015-03-19", "2015-03-20", "Brussels", "Belgium",
        CONSILIUM + "2015/03/19-20/",
        ["https://www.europeansources.info/record/european-council-19-20-march-2015/", "https://www.europeanbiogas.eu/outcomes-of-the-european-council-of-19-20-march/"],
        "corroborated", "Council meeting page: 'European Council, 19-20/03/2015, Brussels, Chaired by Donald Tusk' (Energy Union); European Sources Online and the European Commission's results note ('EU leaders met in Brussels on 19 and 20 March') agree.")
    new("2015-04", "brussels-special", "Special meeting of the European Council on migration (23 April 2015)", "2015-04-23", "2015-04-23", "Brussels", "Belgium",
        "http://www.consilium.europa.eu/en/press/press-releases/2015/04/22-tusk-invitation-letter-special-european-council/",
        ["https://www.euractiv.com/section/justice-home-affairs/news/wrap-up-special-eu-summit-on-the-mediterranean-crisis/", "https://eu.dk/samling/20141/raadsmoede/555324/bilag/2/1521812/index.htm",
         "http://www.euinjapan.jp/en/resources/news-from-the-eu/news2015/20150423/221457/"],
        "corroborated", "Tusk's invitation letter (dated Brussels, 22 April 2015): 'special meeting of the European Council on 23 April 2015 at 16.00'; EurActiv: leaders 'met on Thursday (23 April) in an extraordinary summit' (Brussels); the statement of 23 April (EU News 110/2015).",
        type="special_meeting")
    new("2015-06", "brussels", "Brussels European Council (25-26 June 2015)", "2015-06-25", "2015-06-26", "Brussels", "Belgium",
        CONSILIUM + "2015/06/25-26/",
        ["http://europeansources.info/record/european-council-brussels-25-26-june-2015"],
        "corroborated", "Council meeting page 'European Council, 25-26/06/2015'; European Sources Online: 'A meeting of the European Council took place on 25-26 June 2015 in Brussels' (migration, Greece, UK referendum).")
    new("2015-11", "brussels-turkey", "Meeting of the EU heads of state or government with Turkey, Brussels (29 November 2015)", "2015-11-29", "2015-11-29", "Brussels", "Belgium",
        "http://www.consilium.europa.eu/en/meetings/international-summit/2015/11/29/",
        ["https://epthinktank.eu/2015/11/27/outlook-for-the-29-november-2015-meeting-of-the-heads-of-state-or-government-of-the-eu-with-turkey/",
         "http://www.consilium.europa.eu/en/press/press-releases/2015/11/24--tusk-invitation-letter-summit-turkey/"],
        "corroborated", "Council page 'Meeting of the EU heads of state or government with Turkey, 29/11/2015, 13:00, Brussels' (chaired by Donald Tusk; Joint Action Plan); EPRS outlook and Tusk's invitation letter (Justus Lipsius building) agree. Filed with the European Council because all EU leaders met under its President (EuroComment counts it in its European Council series); reporters call it an EU summit with Turkey.",
        type="leaders_meeting")
    # ---- 2016 ----
    new("2016-03", "brussels", "Brussels European Council (17-18 March 2016, with the EU-Turkey statement)", "2016-03-17", "2016-03-18", "Brussels", "Belgium",
        CONSILIUM + "2016/03/17-18/",
        ["http://www.europeansources.info/record/european-council-brussels-17-18-march-2016/"],
        "corroborated", "Council meeting page 'European Council, 17-18/03/2016, Brussels, Chaired by Donald Tusk'; on 18 March EU leaders met Turkey's Prime Minister Davutoglu (EU-Turkey statement). European Sources Online agrees.")
    # ---- 2017 ----
    new("2017-03", "rome", "Informal meeting of the 27 heads of state or government, Rome (25 March 2017, 60th anniversary of the Rome Treaties)", "2017-03-25", "2017-03-25", "Rome", "Italy",
        CONSILIUM + "2017/03/25-informal-meeting/",
        ["https://www.theguardian.com/world/2017/mar/25/eu-leaders-mark-60th-anniversary-with-rome-declaration", "http://euinjapan.jp/en/resources/news-from-the-eu/20170325/101100/index.html"],
        "corroborated", "Council meeting page '60th anniversary of the Rome Treaties, 25/03/2017, Rome, Chaired by Donald Tusk' (Rome Declaration, Capitol); The Guardian: the 'informal summit' of the 27 in the Orazi and Curiazi Hall.",
        type="informal")
    new("2017-04", "brussels-art50", "Special meeting of the European Council (Art. 50), 29 April 2017", "2017-04-29", "2017-04-29", "Brussels", "Belgium",
        "https://www.europeansources.info/record/special-european-council-art-50-brussels-29-april-2017/",
        ["https://epthinktank.eu/2017/05/10/outcome-of-the-special-european-council-article-50-meeting-of-29-april-2017/", "https://www.ifa.ie/results-special-european-council-29-april/"],
        "corroborated", "European Sources Online: 'The special European Council, in an EU 27 format, met in Brussels on the 29 April 2017' (Brexit negotiating guidelines); EPRS outcome note and the Council main results (IFA) agree.",
        type="special_meeting")
    new("2017-06", "brussels", "Brussels European Council (22-23 June 2017)", "2017-06-22", "2017-06-23", "Brussels", "Belgium",
        CONSILIUM + "2017/06/22-23/",
        ["http://europeansources.info/record/european-council-brussels-22-23-june-2017"],
        "corroborated", "Council meeting page 'European Council, 22-23/06/2017' (PESCO, Paris Agreement; Art. 50 meeting after dinner on 22 June); European Sources Online: 'the European Council held in Brussels on 22-23 June 2017'.")
    new("2017-09", "tallinn", "Tallinn Digital Summit with the informal leaders' dinner, Tallinn (28-29 September 2017)", "2017-09-28", "2017-09-29", "Tallinn", "Estonia",
        "http://www.consilium.europa.eu/en/meetings/council/tallinn-digital-summit/",
        ["http://www.consilium.europa.eu/en/european-council/president/news/29-tusk-talinn-informal-dinner/", "https://euobserver.com/digital/ar05e73a7d", "http://www.kas.de/bruessel/en/publications/50207/"],
        "corroborated", "Council page 'Tallinn Digital Summit, 29/09/2017, Tallinn': EU heads of state or government on 29 September; 'Ahead of the summit, President Donald Tusk chaired an informal dinner with EU leaders on 28 September' (the President's news page is titled 'Informal dinner in Talinn'). EUobserver and KAS ('The European Council Summit on 29 September 2017 in Tallinn') agree.",
        type="informal")
    # ---- 2018 ----
    new("2018-03", "brussels", "Brussels European Council (22-23 March 2018)", "2018-03-22", "2018-03-23", "Brussels", "Belgium",
        "https://www.europeansources.info/record/european-council-22-23-march-2018/",
        ["https://ft.dk/samling/20171/almdel/UPN/bilag/209/1872619/index.htm", "https://epthinktank.eu/2018/04/09/outcome-of-the-eu-leaders-meetings-on-22-and-23-march-2018/"],
        "corroborated", "European Sources Online (22-23 March 2018; Art. 50 guidelines, Euro Summit); conclusions EUCO 1/18 'European Council meeting (22 March 2018)', 'Brussels, 23 March 2018' (Danish Parliament); EPRS outcome note agrees.")
    new("2018-05", "sofia", "Informal leaders' dinner and EU-Western Balkans summit, Sofia (16-17 May 2018)", "2018-05-16", "2018-05-17", "Sofia", "Bulgaria",
        "https://www.europeansources.info/record/eu-western-balkans-summit-17-may-2018/",
        ["https://europa.rs/eu-western-balkans-summit-in-sofia/?lang=en", "https://europediplomatic.com/2018/05/16/sofia-hosts-western-balkans-summit/",
         "http://www.salzburg24.at/eu-gipfel-in-sofia-zu-trumps-kurs-bei-iran-und-strafzoellen/apa-1442315494"],
        "corroborated", "European Sources Online: summit with the Western Balkans 'held on 17 May 2018, in Sofia (Bulgaria)'; 'On the previous day, European Council President invited EU leaders to an informal dinner' (Leaders' Agenda). APA via Salzburg24: the EU heads of state or government began their summit in Sofia on Wednesday evening (16 May) with a dinner in a technology park; Bulgarian press (topnovini.bg): the informal dinner at Sofia Tech Park. Council main results (EU Delegation Serbia) and Europe Diplomatic (National Palace of Culture, chaired by Tusk) agree.",
        type="informal")
    # ---- 2019 ----
    new("2019-05", "brussels", "Informal dinner of the heads of state or government, Brussels (28 May 2019)", "2019-05-28", "2019-05-28", "Brussels", "Belgium",
        "https://www.europeansources.info/record/informal-dinner-of-heads-of-state-or-government-28-may-2019/",
        ["https://premier.fgov.be/nl/informeel-diner-van-de-staatshoofden-en-regeringsleiders", "https://europediplomatic.com/2019/05/27/informal-eu-leaders-summit/"],
        "corroborated", "European Sources Online (informal meeting on 28 May 2019 after the European elections; top-jobs process launched); the Belgian Prime Minister's agenda (Europa building, Brussel) and Europe Diplomatic ('summit on 28 May 2019 in Brussels') agree.",
        type="informal")
    new("2019-06", "brussels", "Brussels European Council (20-21 June 2019)", "2019-06-20", "2019-06-21", "Brussels", "Belgium",
        "https://www.europeansources.info/record/european-council-20-21-june-2019/",
        ["https://aca-secretariat.be/newsletter/european-council-summit-20-21-june-2019/", "https://euobserver.com/agenda/arb220fb1d"],
        "corroborated", "European Sources Online (20-21 June 2019; Strategic Agenda 2019-2024); ACA: 'On 20-21 June, EU leaders met in Brussels'; EUobserver agrees.")
    new("2019-06", "brussels-special", "Special European Council on appointments (30 June-2 July 2019)", "2019-06-30", "2019-07-02", "Brussels", "Belgium",
        "https://chronicle.lu/category/international/29721-xavier-bettel-returns-from-european-council-after-agreement-over-highest-appointments",
        ["https://multimedia.europarl.europa.eu/en/topic/special-meeting-of-the-european-council-30062019_12602",
         "https://www.efe.com/efe/english/world/eu-summit-to-select-bloc-s-top-officials-gets-under-way-late-in-brussels/50000262-4012805"],
        "corroborated", "Chronicle.lu: 'the 3-day and night extraordinary meeting of the European Council in Brussels from 30 June to 2 July 2019' (Michel, von der Leyen, Borrell, Lagarde); EP multimedia page 'Special meeting of the European Council, 30/06/2019' and EFE (began Sunday 30 June in Brussels) agree.",
        type="special_meeting")
    new("2019-10", "brussels", "Brussels European Council (17-18 October 2019)", "2019-10-17", "2019-10-18", "Brussels", "Belgium",
        "https://www.pubaffairsbruxelles.eu/eu-institution-news/president-juncker-attends-the-17-18-october-2019-european-council-meeting/",
        ["https://www.dw.com/en/brexit-eu-and-uk-agree-on-deal-as-it-happened/a-50866040", "https://sem.gov.mt/2019/10/eu27-leaders-endorse-new-brexit-deal/"],
        "corroborated", "Commission note 'President Juncker attends the 17-18 October 2019 European Council meeting' (Brexit deal endorsed, MFF); DW: 'EU leaders voted unanimously to endorse the Brexit deal at the outset of a two-day summit in Brussels' (17 Oct).")
    new("2019-12", "brussels", "Brussels European Council (12-13 December 2019)", "2019-12-12", "2019-12-13", "Brussels", "Belgium",
        "https://chronicle.lu/category/international/31330-eu-leaders-discuss-brexit-future-eu-uk-relations-at-euro-summit",
        ["https://theme-one.epthinktank.be/2019/12/18/outcome-of-the-meetings-of-eu-leaders-12-13-december-2019", "https://www.auswaertiges-amt.de/en/aussenpolitik/europe/eu-council-michel/2288294"],
        "corroborated", "Chronicle.lu: 'On 12 and 13 December 2019, EU leaders ... gathered in Brussels for the European Council'; EPRS (first meeting chaired by Charles Michel; climate neutrality 2050) and the German Foreign Office agree.")
    # ---- 2020 ----
    new("2020-02", "brussels-special", "Special European Council on the 2021-2027 budget (20-21 February 2020)", "2020-02-20", "2020-02-21", "Brussels", "Belgium",
        "https://theme-one.epthinktank.be/2020/02/24/outcome-of-the-special-european-council-20-21-february-2020/",
        ["https://bruessel-eu.diplo.de/eu-en/aktuelles/-/2309776", "https://www.agriland.ie/farming-news/looking-back-on-last-weeks-eu-budget-talks/"],
        "corroborated", "EPRS: 'On 20-21 February 2020, EU Heads of State or Government met for a special European Council' on the MFF (no agreement); German Permanent Representation 'European Council meeting in Brussels' (20/21 February 2020) and Agriland agree.",
        type="special_meeting")
    new("2020-08", "videoconference", VC + " on Belarus (19 August 2020)", "2020-08-19", "2020-08-19", None, None,
        "https://theme-one.epthinktank.be/2020/08/25/outcome-of-the-european-council-video-conference-of-19-august-2020/",
        ["https://www.wired-gov.net/wg/news.nsf/articles/Conclusions+by+the+President+of+the+European+Council+following+the+video+conference+of+the+members+of+the+European+Council+on+19+August+2020+20082020152500?open",
         "https://chronicle.lu/category/abroad/33716-pm-bettel-eu-council-call-for-end-of-repression-in-belarus"],
        "corroborated", "EPRS outcome note and the conclusions of the President of the European Council 'following the video conference of the members of the European Council on 19 August 2020' (Belarus, Eastern Mediterranean, Mali); Chronicle.lu agrees. Held by video conference, so no host city.",
        type="informal", format="virtual")
    new("2020-10", "brussels", "Brussels European Council (15-16 October 2020)", "2020-10-15", "2020-10-16", "Brussels", "Belgium",
        "https://www.cde.ual.es/en/main-results-of-the-european-council-meeting-15-16-october-2020/",
        ["https://ft.dk/samling/20201/almdel/UPN/bilag/9/2263479/index.htm", "https://europediplomatic.com/2020/10/13/euco-mid-october-council-agenda/"],
        "corroborated", "Council main results (republished by the EU documentation centre of the University of Almeria): 'On 15 and 16 October, EU leaders met in Brussels'; conclusions EUCO 15/20 'European Council meeting (15 and 16 October 2020)', 'Brussels, 16 October 2020' (Danish Parliament).")
    new("2020-10", "videoconference", VC + " on COVID-19 (29 October 2020)", "2020-10-29", "2020-10-29", None, None,
        "https://epthinktank.eu/2020/11/04/outcome-of-the-european-council-video-conference-of-29-october-2020/",
        ["https://www.euractiv.com/section/politics/news/eu-to-hold-another-video-summit-on-pandemic/"],
        "corroborated", "EPRS: 'Heads of State or Government met by video-conference on 29 October 2020' (the seventh European Council meeting by video conference); EurActiv agrees. No host city.",
        type="informal", format="virtual")
    new("2020-11", "videoconference", VC + " (19 November 2020)", "2020-11-19", "2020-11-19", None, None,
        "https://epthinktank.eu/2020/11/24/outcome-of-the-european-council-video-conference-of-19-november-2020/",
        ["https://www.euractiv.com/section/politics/news/eu-to-hold-another-video-summit-on-pandemic/"],
        "corroborated", "EPRS outcome note of the European Council video-conference of 19 November 2020 (COVID-19, MFF rule-of-law conditionality); EurActiv: video summit convened for Thursday 19 November. No host city.",
        type="informal", format="virtual")
    new("2020-12", "brussels", "Brussels European Council (10-11 December 2020)", "2020-12-10", "2020-12-11", "Brussels", "Belgium",
        "https://epthinktank.eu/2020/12/15/outcome-of-the-meetings-of-eu-leaders-on-10-and-11-december-2020/",
        ["https://www.dinheirovivo.pt/economia/uepresidencia-saida-de-cena-de-angela-merkel-um-dos-principais-riscos-em-2021--13193997.html", "https://europeansources.info/?p=523474"],
        "corroborated", "EPRS: 'On Thursday 10 and Friday 11 December 2020, the European Council agreed' (rule-of-law conditionality, 55% emissions target); EPA caption: 'two days face-to-face EU summit, in Brussels, Belgium, 10 December 2020'; European Sources Online agrees.")

eucouncil_2015_2020()


out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "summits-more.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(S, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"wrote {len(S)} summit records to {os.path.normpath(out)}")
