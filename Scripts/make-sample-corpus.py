#!/usr/bin/env python3
"""(Re)writes the sample input corpus Inputs/thebiblesays.com/... from scratch.

The corpus imitates a `wget --mirror` of thebiblesays.com: 35 per-verse synopsis pages of
Exodus 32, the 5 passage commentaries of Exodus 32 and 7 related commentaries elsewhere.
Markup, hrefs and chrome vary from page to page on purpose, and a fixed set of deliberate
defects is planted (see Inputs/README.md, which this script keeps but does not write).

    python3 Scripts/make-sample-corpus.py

Standard library only, no network, no randomness: two runs give byte-identical files.
At the end the script prints every page and the file:line of every deliberate defect, so
Inputs/README.md can be checked against it.
"""
import html
import pathlib
import posixpath
import shutil

root = pathlib.Path(__file__).resolve().parent.parent
inputs = root / "Inputs"
SITE = "thebiblesays.com"

# ---------------------------------------------------------------------------------------
# Passages (commentary pages), keyed by their URL key "<usfm>+<chapter>:<first verse>".
# ---------------------------------------------------------------------------------------

PASSAGES = {
    "exo+32:1": ("Exodus 32:1-6", 1, 6,
        "While Moses remained on Mount Sinai, the people grew impatient and demanded that Aaron make them gods to go before them. Aaron collected their gold earrings and fashioned a golden calf, built an altar before it, and proclaimed a feast to the LORD. The next day the people offered sacrifices and then gave themselves over to revelry."),
    "exo+32:7": ("Exodus 32:7-14", 7, 14,
        "The LORD told Moses to go down because the people had corrupted themselves with the golden calf, and He threatened to consume them and make a great nation from Moses instead. Moses interceded, appealing to God's reputation among the Egyptians and to His covenant promises to Abraham, Isaac, and Israel. The LORD relented from the harm He had said He would bring."),
    "exo+32:15": ("Exodus 32:15-20", 15, 20,
        "Moses obeys the LORD and descended Mount Sinai carrying the two tablets of the law. He returned to the Israelite camp and saw the golden calf and the people's revelry. After throwing down and shattering the tablets, he destroyed the calf idol and made the people of Israel drink its residue."),
    "exo+32:21": ("Exodus 32:21-29", 21, 29,
        "Moses confronted Aaron, who blamed the people and claimed that the calf simply came out of the fire. Seeing that the people were out of control, Moses called everyone who was on the LORD's side to come to him, and the sons of Levi rallied to him. At his command they went through the camp with the sword, and about three thousand men fell that day."),
    "exo+32:30": ("Exodus 32:30-35", 30, 35,
        "Moses offered to God to die or bear the consequences for the people. The LORD rejected his offer and declared that those who committed this terrible sin would suffer consequences. He also commanded Moses to lead the people according to the LORD\u2019s instruction and revealed that His \"angel,\" rather than He Himself, would lead them."),
    "exo+16:31": ("Exodus 16:31-36", 31, 36,
        "The last section of chapter 16 (verses 31 \u2013 36) describes how the LORD commanded Moses to keep a measure of the manna as an everlasting memorial to His constant provision for His people while they were in the wilderness. An omer of manna was to be placed in a jar and placed it in the LORD's presence. The LORD faithfully provided the people with manna for forty years, until the time that they entered the Promised Land."),
    "exo+25:31": ("Exodus 25:31-40", 31, 40,
        "The next item described for the tabernacle was the golden lampstand. As with the ark and the table of showbread, the instructions for its design are very detailed. It was to be placed on the opposite side from the Table of Showbread (Exodus 26:35), and its purpose was to provide light in the tabernacle."),
    "deu+9:7": ("Deuteronomy 9:7-21", 7, 21,
        "Moses reminded Israel that they had provoked the LORD to anger from the day they left Egypt, and especially at Horeb. He recounted how he received the tablets of stone, saw the golden calf, and broke the tablets before their eyes. Then he lay prostrate before the LORD forty days and nights, interceding for the people and for Aaron."),
    "psa+106:19": ("Psalm 106:19-23", 19, 23,
        "The psalmist recalls how Israel made a calf at Horeb and exchanged their glory for the image of an ox that eats grass. They forgot God their Savior, who had done great things in Egypt. He would have destroyed them had not Moses, His chosen one, stood in the breach before Him to turn away His wrath."),
    "act+7:39": ("Acts 7:39-43", 39, 43,
        "Stephen reminds the council that their fathers refused to obey Moses and in their hearts turned back to Egypt. They asked Aaron to make gods to go before them, made a calf, and rejoiced in the works of their hands. So God gave them over to worship the host of heaven, as it is written in the book of the prophets."),
    "rom+9:1": ("Romans 9:1-5", 1, 5,
        "Paul expresses great sorrow and unceasing grief for his fellow Israelites, even wishing that he himself were accursed, separated from Christ, for their sake. He lists the privileges that belong to Israel: the adoption as sons, the glory, the covenants, the giving of the Law, the temple service, the promises, the fathers, and the Messiah Himself."),
    "act+9:19": ("Acts 9:19b-25", 19, 25,
        "After his conversion, Saul spent several days with the disciples in Damascus and immediately began proclaiming Jesus in the synagogues as the Son of God. His growing strength confounded the Jews living there, who plotted to kill him. When the plot became known, the disciples let him down through an opening in the wall in a large basket by night."),
    # Not in the corpus: target of the dangling link (defect 1).
    "num+14:11": ("Numbers 14:11-19", 11, 19,
        "The LORD asked Moses how long the people would spurn Him and threatened to strike them with pestilence and make of Moses a nation greater than they. Moses interceded again, appealing to the LORD's reputation among the nations and to His own declaration that He is slow to anger and abundant in lovingkindness, and he asked Him to pardon the people."),
}
IN_CORPUS_COMMENTARIES = [k for k in PASSAGES if k != "num+14:11"]
EXODUS32 = ["exo+32:1", "exo+32:7", "exo+32:15", "exo+32:21", "exo+32:30"]
ORPHAN = "exo+25:31"


def passage_of_verse(n):
    for key in EXODUS32:
        _, first, last, _ = PASSAGES[key]
        if first <= n <= last:
            return key
    raise ValueError(n)


# ---------------------------------------------------------------------------------------
# Synopsis text of each verse of Exodus 32 (first paragraph) and passage-level reflections
# (second paragraph, rotated per verse).
# ---------------------------------------------------------------------------------------

VERSES = {
    1: "While Moses lingers on Mount Sinai to receive the LORD's instructions, the people grow restless at the foot of the mountain. They gather around Aaron and demand, \u201cCome, make us a god who will go before us,\u201d dismissing Moses as the man who brought them out of Egypt and of whom they no longer know anything. Their impatience reveals how quickly a people who had just heard God's voice could reach for something they could see and control.",
    2: "Aaron answers the crowd by asking them to tear off the gold rings in the ears of their wives, their sons, and their daughters and bring them to him. Instead of rebuking the request, Israel's appointed priest becomes its organizer. The gold that the Egyptians had handed over at the exodus, a sign of God's favor, is now gathered for an idol.",
    3: "The people respond eagerly: all of them tear off the gold rings from their ears and bring them to Aaron. The speed of their giving stands in sad contrast to their slowness to wait for the LORD. Later the same people will give just as willingly for the tabernacle, showing that generosity can serve either worship or idolatry.",
    4: "Aaron takes the gold, shapes it with a graving tool and casts it into a calf. The people declare, \u201cThis is your god, O Israel, who brought you up from the land of Egypt.\u201d A bull was a familiar symbol of strength in the ancient Near East, and by crediting the exodus to a man-made image Israel breaks the first two commandments they had so recently promised to keep.",
    5: "When Aaron sees the people's response, he builds an altar before the calf and proclaims, \u201cTomorrow shall be a feast to the LORD.\u201d By attaching the covenant name of God to the image, Aaron mixes true worship with idolatry. The verse shows how syncretism often begins with familiar religious words placed on an unfaithful practice.",
    6: "Early the next day the people offer burnt offerings and bring peace offerings, and then they sit down to eat and drink and rise up to play. The festival imitates the covenant meal eaten on the mountain in chapter 24, but it quickly descends into revelry. Paul later quotes this verse to warn the Corinthians not to become idolaters as some of them were.",
    7: "The LORD tells Moses to go down at once, because \u201cyour people, whom you brought up from the land of Egypt, have corrupted themselves.\u201d God does not call them \u201cMy people\u201d here, a striking change of wording that signals the breach of the covenant. Moses, still on the mountain, learns about the sin before he sees it.",
    8: "The LORD describes what the people have done: they have quickly turned aside from the way He commanded, made a molten calf, worshiped it, sacrificed to it, and said, \u201cThis is your god, O Israel.\u201d Only weeks after promising to do all that the LORD had spoken, Israel had broken the heart of the covenant.",
    9: "The LORD says to Moses that He has seen this people, and indeed it is an obstinate, stiff-necked people. The image comes from an ox or a horse that refuses to bend its neck to the yoke or the rein. God's assessment is not a hasty reaction but a settled description of Israel's stubborn resistance to His direction.",
    10: "God tells Moses, \u201cNow then let Me alone, that My anger may burn against them and that I may destroy them; and I will make of you a great nation.\u201d The offer tests Moses' heart, since it would make him a new Abraham. The phrase \u201clet Me alone\u201d also hints that the LORD invites intercession, as though Moses' prayer could restrain Him.",
    11: "Moses entreats the LORD his God and asks why His anger should burn against His people, whom He brought out of Egypt with great power and a mighty hand. Moses hands the people back to God: they are not Moses' people but the LORD's. His intercession rests on what God has already done for them.",
    12: "Moses asks why the Egyptians should be able to say that the LORD brought Israel out with evil intent, to kill them in the mountains and destroy them from the face of the earth. He pleads with God to turn from His burning anger and change His mind about doing harm to His people. God's reputation among the nations becomes the ground of the appeal.",
    13: "Moses asks the LORD to remember Abraham, Isaac, and Israel, His servants, to whom He swore by His own self to multiply their descendants as the stars of heaven and to give them the land as an inheritance forever. The intercession anchors itself in God's unconditional promise, which cannot fail even when the people do.",
    14: "So the LORD changed His mind about the harm which He said He would do to His people. The verse shows the power of intercession and the character of God, who is both just and merciful. It does not mean God was surprised or mistaken, but that He responds to the prayers of His servants in a real relationship.",
    15: "Moses turns and goes down the mountain with the two tablets of the testimony in his hand. The tablets are written on both sides, front and back. Carrying the covenant terms that the people had already broken, Moses descends toward a camp that has forgotten what those tablets say.",
    16: "The tablets are the work of God, and the writing is God's writing engraved on the tablets. The emphasis on divine workmanship contrasts sharply with the calf, which was the work of Aaron's hands. What God makes is the standard of truth; what people make for worship leads them astray.",
    17: "When Joshua hears the sound of the people as they shout, he says to Moses, \u201cThere is a sound of war in the camp.\u201d Joshua had waited on the mountainside and knew nothing of the calf. His military mind interprets the noise as battle, but the true danger in the camp is spiritual.",
    18: "Moses answers that it is not the sound of the cry of triumph, nor the sound of the cry of defeat, but the sound of singing that he hears. Having already been told by the LORD what happened, Moses recognizes the noise of a festival. The people are celebrating what should have made them grieve.",
    19: "As soon as Moses comes near the camp, he sees the calf and the dancing, and his anger burns. He throws the tablets from his hands and shatters them at the foot of the mountain. The broken tablets picture the broken covenant; the people had shattered the relationship before Moses shattered the stones.",
    20: "Moses takes the calf the people had made, burns it with fire, grinds it to powder, scatters it over the surface of the water, and makes the sons of Israel drink it. The god they celebrated is reduced to dust they must swallow. The act exposes the powerlessness of the idol and makes the people bear the consequence of their sin.",
    21: "Moses turns to Aaron and asks, \u201cWhat did this people do to you, that you have brought such great sin upon them?\u201d Aaron had been left in charge, and Moses holds him responsible for leading the people into sin. Leaders are accountable not only for what they do but for what they allow.",
    22: "Aaron replies, \u201cDo not let the anger of my lord burn; you know the people yourself, that they are prone to evil.\u201d Instead of confessing, he shifts the blame to the people. His answer echoes the first excuse in Eden, where Adam pointed to the woman and the woman to the serpent.",
    23: "Aaron repeats the people's demand: \u201cMake a god for us who will go before us; for this Moses, the man who brought us up from the land of Egypt, we do not know what has become of him.\u201d By quoting them word for word, Aaron tries to show that the idea was never his own.",
    24: "Aaron tells Moses that he simply said, \u201cWhoever has any gold, let them tear it off,\u201d and they gave it to him; he threw it into the fire, and out came this calf. The excuse is almost comic, since verse 4 says he fashioned it with a graving tool. Sin often tries to present itself as something that just happened.",
    25: "Moses sees that the people are out of control, for Aaron had let them get out of control to be a derision among their enemies. The unrestrained revelry made Israel a mockery to the surrounding nations. The verse explains why Moses must act decisively to restore order in the camp.",
    26: "Moses stands in the gate of the camp and says, \u201cWhoever is for the LORD, come to me!\u201d All the sons of Levi gather together to him. The call divides the camp between those who will side with the LORD and those who will not, and the tribe of Levi, Moses' own tribe, answers it.",
    27: "Moses tells the Levites that the LORD, the God of Israel, commands every man to put his sword upon his thigh and go back and forth from gate to gate in the camp, killing his brother, his friend, and his neighbor. The command is severe because the sin threatened the existence of the whole covenant people.",
    28: "The sons of Levi do as Moses instructs, and about three thousand men of the people fall that day. The judgment is real but limited, striking the ringleaders of the rebellion rather than the whole nation. Centuries later, at Pentecost, about three thousand were saved, a contrast many readers have noticed.",
    29: "Moses tells the Levites, \u201cDedicate yourselves today to the LORD,\u201d because each of them had stood against his son and his brother, so that the LORD might bestow a blessing upon them today. Their loyalty becomes the foundation of their later role as ministers of the sanctuary.",
    30: "On the next day Moses tells the people, \u201cYou yourselves have committed a great sin; and now I am going up to the LORD, perhaps I can make atonement for your sin.\u201d Moses neither minimizes the offense nor abandons the people. He goes back up the mountain uncertain of the outcome, ready to stand between them and God.",
    32: "Moses pleads, \u201cBut now, if You will, forgive their sin\u2014and if not, please blot me out from Your book which You have written!\u201d The sentence breaks off in the middle, as if Moses cannot bear to finish the thought of the people's destruction. He offers his own life as a substitute, a desire that the apostle Paul later echoes in Romans\u00a09:3.",
    33: "The LORD answers Moses, \u201cWhoever has sinned against Me, I will blot him out of My book.\u201d God declines Moses' offer to be a substitute; each person bears responsibility for his own sin. Only the perfect Substitute, who had no sin of His own, could later carry the sin of others.",
    34: "The LORD tells Moses to go and lead the people where He had told him, and promises that His angel will go before him. Nevertheless, in the day when He punishes, He will punish them for their sin. Mercy allows the journey to continue, but justice is not set aside.",
    35: "Then the LORD smote the people because of what they did with the calf which Aaron had made. The chapter closes with a reminder that sin has consequences even after intercession and forgiveness. The verse names both the people and Aaron, showing that the guilt was shared.",
}

SEED_31 = [
    "In the aftermath of Israel's sin of idolatry with the golden calf, Moses takes on the profound role of mediator between God and the people. His intercession reflects a heart deeply committed to both justice and mercy, demonstrating the weight of leadership during times of communal failure. Here, Moses acknowledges the gravity of the people's actions, confessing their \"great sin\" before God and pleading for atonement. His willingness to be blotted out of God's book for the sake of the people exemplifies profound selflessness and highlights the burden of carrying the weight of others' sins in leadership roles.",
    "In this context, the verse brings to light the principle of individual responsibility, asserting that each person remains accountable for their actions. While Moses' plea shows the power of intercession, God clarifies that He will punish the guilty while allowing the rest to continue, and implies that mercy can be extended, even amidst judgment. This duality serves as a powerful reminder of God\u2019s justice intertwined with His mercy, which invites believers to reflect on their own lives in relation to sin and intercession. The essence of God's justice and mercy creates a dynamic relationship, encouraging the faithful to seek repentance and rely on intercessory prayer as a means of reconciliation.",
]

REFLECTIONS = {
    "exo+32:1": [
        "The golden calf episode takes place while the covenant is still being given, and it shows how fragile human faithfulness is apart from God's grace. Israel had seen the plagues, the Red Sea and the cloud on the mountain, yet forty days of silence were enough to send them looking for a visible substitute. Believers today face the same temptation whenever waiting on God feels too long and something tangible seems safer.",
        "This part of the narrative is remembered throughout Scripture. Moses recalls it in Deuteronomy 9, the psalmist laments it in Psalm 106, and Stephen uses it in Acts 7 to show that Israel had long resisted the leaders God sent them. The lesson is that idolatry is not only bowing to a statue; it is redefining God into something people can manage.",
        "Aaron's role is especially sobering. He was to be Israel's high priest, yet he gave the people what they wanted instead of what they needed. Spiritual leadership requires the courage to say no to a crowd, and the chapter shows how quickly a leader who fears people can lead them into sin.",
    ],
    "exo+32:7": [
        "The conversation on the mountain reveals both the seriousness of sin and the intimacy between God and Moses. God's anger is not an outburst of temper but the righteous response of a holy God to the betrayal of His covenant. At the same time, He invites Moses into the decision, making room for the intercession that follows.",
        "Moses' prayer is a model of biblical intercession. He appeals to God's glory among the nations, to His past acts of salvation, and to His sworn promises to the patriarchs. He asks nothing on the basis of Israel's merit, because there was none; everything rests on who God is and what He has said.",
        "The passage also points forward to a greater Mediator. Moses stood between a holy God and a sinful people, and centuries later Jesus would intercede for His people as the one who lives forever to make intercession for them. The reader is invited to see both the danger of sin and the hope of a mediator.",
    ],
    "exo+32:15": [
        "The descent from the mountain is a turning point in the story. Moses carries the covenant written by God's own finger, and he arrives to find the covenant already broken. His anger is not merely personal frustration but a reflection of God's own holy anger against idolatry.",
        "Breaking the tablets and destroying the calf are prophetic acts. Moses shows the people that the relationship has been shattered and that the object of their worship is nothing but dust. Yet the story does not end in destruction; later God will write the words again on new tablets, a sign of grace after judgment.",
    ],
    "exo+32:21": [
        "This section contrasts two kinds of leaders. Aaron excuses himself and blames the people, while Moses takes decisive action to restore the covenant community. The difference is not talent or position but loyalty to the LORD when loyalty is costly.",
        "The judgment carried out by the Levites is hard to read, but it shows that idolatry was a matter of life and death for the covenant nation. The Levites' zeal earned them a special place of service, and their story reminds readers that following God may require standing against those closest to us.",
        "The scene at the gate of the camp also anticipates the many later calls to choose whom Israel will serve. Joshua, Elijah and the prophets would all stand before the people and ask them to decide. Neutrality was not an option at the foot of Sinai, and it is not an option for believers today.",
    ],
    "exo+32:30": [
        "The closing section of the chapter brings together justice and mercy. Moses returns to the LORD offering himself, and God answers that each person is responsible for his own sin. The nation is spared and will continue its journey, but the guilty will not go unpunished.",
        "Moses' willingness to be blotted out of God's book is one of the most moving prayers in the Old Testament. It foreshadows Paul's anguish for Israel in Romans 9 and, ultimately, the work of Christ, who did what Moses could not do by bearing the sins of others. Believers are called to share that heart of intercession for those who are far from God.",
    ],
}

# ---------------------------------------------------------------------------------------
# Commentary page bodies (paragraphs of running text; references are mentioned, not linked).
# ---------------------------------------------------------------------------------------

COMMENTARY_BODY = {
    "exo+32:1": [
        "Chapter 32 interrupts the detailed instructions for the tabernacle that fill chapters 25 through 31. While Moses was on the mountain for forty days and forty nights (Exodus 24:18), receiving the pattern for the place where God would dwell among His people, the people below were building something very different. The contrast could hardly be sharper: God was preparing a dwelling place for His presence, while Israel was fashioning an idol.",
        "In verse 1 the people gathered around Aaron and said, \u201cCome, make us a god who will go before us.\u201d Their complaint was that Moses had delayed to come down. They had no idea what had become of him. The word translated \u201cgod\u201d can also be read as a plural, \u201cgods,\u201d which is how Stephen quotes it in Acts 7:40.",
        "Aaron's response in verses 2 and 3 is disappointing. Rather than reminding the people of the commandments they had heard only weeks earlier (Exodus 20:3-4), he asked for their gold earrings. The gold had come from the Egyptians (Exodus 12:35-36), and it would later be offered for the tabernacle (Exodus 35:22). Here it was used to make a calf.",
        "Verse 4 records that Aaron fashioned the calf with a graving tool, and the people said, \u201cThis is your god, O Israel, who brought you up from the land of Egypt.\u201d Aaron then built an altar and proclaimed a feast \u201cto the LORD\u201d in verse 5. This mixture of the true God's name with a false image is the same sin Jeroboam would repeat centuries later when he set up golden calves at Bethel and Dan (1 Kings 12:28).",
        "The next morning, according to verse 6, the people offered burnt offerings and peace offerings, sat down to eat and drink, and rose up to play. Paul quotes this line in 1 Corinthians 10:7 as a warning. The psalmist would later say that they exchanged their glory for the image of an ox that eats grass (Psalm 106:20).",
    ],
    "exo+32:7": [
        "The scene now moves from the camp back to the top of the mountain. In verse 7 the LORD told Moses to go down, because \u201cyour people\u201d had corrupted themselves. The LORD had earlier called Israel \u201cMy people\u201d (Exodus 3:7), but now He speaks of them as Moses' people, a shift that signals how seriously the covenant had been broken.",
        "Verse 8 describes the sin in detail: they turned aside quickly, made a molten calf, worshiped it, sacrificed to it and said, \u201cThis is your god, O Israel.\u201d In verse 9 the LORD calls them an obstinate people, literally \u201cstiff-necked,\u201d a phrase that recurs in Exodus 33:3 and 34:9 and in Stephen's speech in Acts 7:51.",
        "Verse 10 contains a remarkable offer. The LORD says, \u201cNow then let Me alone, that My anger may burn against them and that I may destroy them; and I will make of you a great nation.\u201d Moses could have become a new Abraham. Instead he chose to intercede for the people, as he would do again when Israel refused to enter the land (Numbers 14:12).",
        "Moses' prayer in verses 11 through 13 rests on three arguments. First, Israel belongs to the LORD, who brought them out of Egypt with great power. Second, the Egyptians would say that God brought them out with evil intent (verse 12). Third, God had sworn by Himself to Abraham, Isaac and Israel (Genesis 22:16-17). Moses later summarized this time of prayer in Deuteronomy 9:18-19.",
        "Verse 14 records that the LORD changed His mind about the harm He had said He would do. This does not mean that God is fickle (Numbers 23:19), but that He genuinely responds to the prayers of His people. Psalm 106:23 looks back on this moment and says that Moses \u201cstood in the breach before Him, to turn away His wrath from destroying them.\u201d",
    ],
    "exo+32:15": [
        "In verse 15 Moses turned and went down from the mountain with the two tablets of the testimony in his hand. The tablets were written on both sides, and verse 16 adds that they were the work of God and the writing was God's writing. These were the same tablets God had given Moses at the end of chapter 31 (Exodus 31:18).",
        "On the way down Moses met Joshua, who had waited partway up the mountain (Exodus 24:13). Joshua heard the noise and thought there was a sound of war in the camp (verse 17). Moses answered in verse 18 with a short poem: it was neither the sound of victory nor the sound of defeat, but the sound of singing.",
        "When Moses came near and saw the calf and the dancing, his anger burned, and he threw the tablets and shattered them at the foot of the mountain (verse 19). Moses recalls this moment in Deuteronomy 9:17: \u201cI took hold of the two tablets and threw them from my hands and smashed them before your eyes.\u201d The broken tablets were a visible picture of the broken covenant.",
        "In verse 20 Moses burned the calf, ground it to powder, scattered it over the water and made the people drink it. The brook that came down from the mountain is mentioned in Deuteronomy 9:21. The idol that was supposed to lead them was reduced to dust in their stomachs, a graphic demonstration that idols are nothing (1 Corinthians 8:4).",
    ],
    "exo+32:21": [
        "After dealing with the idol, Moses turned to Aaron. In verse 21 he asked, \u201cWhat did this people do to you, that you have brought such great sin upon them?\u201d Aaron's answer in verses 22 through 24 is a classic example of blame-shifting: the people are prone to evil, they asked for a god, and when he threw the gold into the fire, \u201cout came this calf.\u201d",
        "Aaron's excuse contradicts verse 4, which says that he fashioned the calf with a graving tool. Deuteronomy 9:20 adds that the LORD was angry enough with Aaron to destroy him, and that Moses prayed for Aaron also at that time. Aaron survived only because of intercession.",
        "Verse 25 explains that the people were out of control, because Aaron had let them get out of control, to be a derision among their enemies. So in verse 26 Moses stood in the gate of the camp and said, \u201cWhoever is for the LORD, come to me!\u201d All the sons of Levi gathered to him. Moses was himself a Levite (Exodus 2:1).",
        "The command in verse 27 is severe: the Levites were to go through the camp and kill even brothers, friends and neighbors. About three thousand men fell that day (verse 28). This judgment fell on those who persisted in the rebellion. The zeal of the Levites anticipates the zeal of Phinehas, to whom God gave a covenant of peace (Numbers 25:11-13).",
        "In verse 29 Moses told the Levites to dedicate themselves to the LORD, so that He might bestow a blessing on them. The tribe of Levi would later be set apart to serve at the tabernacle (Numbers 3:12; Deuteronomy 10:8). Moses' blessing of Levi in Deuteronomy 33:9 remembers that they did not acknowledge brother or child when faithfulness to the LORD required it.",
    ],
    "exo+32:30": [
        "The chapter ends with Moses returning to the LORD. In verse 30 he told the people, \u201cYou yourselves have committed a great sin; and now I am going up to the LORD, perhaps I can make atonement for your sin.\u201d The word \u201cperhaps\u201d shows that Moses did not presume on God's mercy.",
        "In verse 31 Moses confessed, \u201cAlas, this people has committed a great sin, and they have made a god of gold for themselves.\u201d Then in verse 32 he prayed, \u201cBut now, if You will, forgive their sin\u2014and if not, please blot me out from Your book which You have written!\u201d The book is the register of the living, mentioned again in Psalm 69:28, Daniel 12:1 and Revelation 3:5.",
        "Moses' offer anticipates Paul's words in Romans 9:3, where the apostle could wish himself accursed, separated from Christ, for the sake of his kinsmen. Romans 9:3 shows the same shepherd's heart. But the LORD answered in verse 33 that whoever has sinned against Him, He will blot out of His book. No sinful man can die in the place of others; that would require the sinless One (2 Corinthians 5:21).",
        "In verse 34 the LORD told Moses to lead the people to the place He had spoken of, and said that His angel would go before him. Exodus 33:2-3 explains that God would send an angel rather than go in their midst, lest He destroy them on the way. Yet the LORD also said that in the day He punished, He would punish them for their sin.",
        "Verse 35 summarizes: the LORD smote the people because of what they did with the calf which Aaron had made. The generation that worshiped the calf would later die in the wilderness after refusing to enter the land (Numbers 14:29). Deuteronomy 9:18 and Psalm 106:23 both remember Moses' intercession as the reason the nation survived at all.",
    ],
    "exo+16:31": [
        "Verse 31 tells us that the house of Israel named the bread manna, and that it was like coriander seed, white, and its taste was like wafers with honey. The name comes from the people's question in verse 15, \u201cWhat is it?\u201d Numbers 11:7-8 adds that it looked like bdellium and that the people ground it and made cakes.",
        "In verses 32 through 34 the LORD commanded that an omer of manna be kept throughout the generations, so that future generations might see the bread with which He fed them in the wilderness. Aaron placed it before the testimony. Hebrews 9:4 mentions the golden jar holding the manna as one of the items associated with the ark of the covenant.",
        "Verse 35 looks ahead to the end of the wilderness journey: the sons of Israel ate the manna forty years, until they came to the border of the land of Canaan. Joshua 5:12 records that the manna ceased the day after they ate the produce of the land. Verse 36 explains that an omer is a tenth of an ephah.",
        "Jesus later pointed to the manna when He called Himself the bread of life (John 6:31-35). The manna was a daily reminder that Israel depended on God for every meal, a lesson that the people would forget at the foot of Sinai when they made the golden calf in Exodus 32.",
    ],
    "exo+25:31": [
        "Verse 31 begins the instructions for the lampstand, which was to be made of pure gold, hammered work, with its base, its shaft, its cups, its bulbs and its flowers all of one piece. The lampstand stood in the holy place opposite the table (Exodus 26:35).",
        "Six branches went out from its sides, three on each side (verse 32), and each branch had cups shaped like almond blossoms (verses 33 and 34). The almond was the first tree to blossom in spring, and the same image appears when Aaron's rod budded in Numbers 17:8.",
        "Verse 37 tells Moses to make seven lamps and set them up so as to shed light on the space in front of it. The priests were to keep the lamps burning continually with pure olive oil (Exodus 27:20-21). The whole lampstand, with its utensils, was to be made from a talent of pure gold (verse 39).",
        "Verse 40 adds a warning that echoes throughout these chapters: \u201cSee that you make them after the pattern for them, which was shown to you on the mountain.\u201d Hebrews 8:5 quotes this verse to explain that the tabernacle was a copy and shadow of heavenly things.",
    ],
    "deu+9:7": [
        "In Deuteronomy 9 Moses reminds the new generation that they are not receiving the land because of their righteousness. Verse 7 says, \u201cRemember, do not forget how you provoked the LORD your God to wrath in the wilderness.\u201d From the day they left Egypt until they arrived at the plains of Moab, they had been rebellious.",
        "Verses 8 through 11 recall Horeb, where Moses stayed on the mountain forty days and forty nights, neither eating bread nor drinking water, and received the two tablets of stone written by the finger of God. This is Moses' own retelling of Exodus 24:18 and Exodus 31:18.",
        "In verses 12 through 17 Moses recounts how the LORD told him to go down because the people had made a molten image, and how the LORD offered to destroy them and make of Moses a nation mightier and greater than they (verse 14). When Moses came down and saw the calf, he broke the tablets before their eyes, as told in Exodus 32:19.",
        "Verses 18 through 21 describe Moses' intercession: he fell down before the LORD forty days and nights, because he was afraid of the anger and hot displeasure of the LORD. The LORD listened to him that time also. Moses prayed for Aaron too (verse 20), and he burned the calf, ground it very small and threw its dust into the brook that came down from the mountain (verse 21).",
    ],
    "psa+106:19": [
        "Psalm 106 is a confession of Israel's history of unfaithfulness, set against the backdrop of God's steadfast love. Verses 19 and 20 recall that they made a calf in Horeb and worshiped a molten image; they exchanged their glory for the image of an ox that eats grass. Paul uses similar language in Romans 1:23.",
        "Verses 21 and 22 say that they forgot God their Savior, who had done great things in Egypt, wonders in the land of Ham and awesome things by the Red Sea. The root of their idolatry was forgetfulness of what God had done.",
        "Verse 23 is the climax of this section: God said He would destroy them, had not Moses His chosen one stood in the breach before Him, to turn away His wrath from destroying them. The image is of a soldier standing in a gap in a city wall. Ezekiel 22:30 laments that in a later generation God looked for such a man and found none.",
    ],
    "act+7:39": [
        "In Acts 7 Stephen answers the charge that he spoke against Moses and the Law by retelling Israel's history. Verse 39 says that their fathers were unwilling to be obedient to Moses, but repudiated him and in their hearts turned back to Egypt. Stephen turns the accusation around: it was Israel, not Stephen, who rejected Moses.",
        "Verse 40 quotes Exodus 32:1 and 32:23 almost word for word: \u201cMake for us gods who will go before us; for this Moses who led us out of the land of Egypt, we do not know what happened to him.\u201d Verse 41 adds that they made a calf, brought a sacrifice to the idol and rejoiced in the works of their hands.",
        "In verses 42 and 43 Stephen says that God turned away and delivered them up to serve the host of heaven, quoting Amos 5:25-27. The golden calf was not an isolated lapse but the beginning of a pattern that ended in exile beyond Babylon.",
        "Stephen's point is that the same people who rejected Moses also rejected the Righteous One (Acts 7:52). His speech cost him his life, and a young man named Saul stood by approving (Acts 8:1). Saul's own encounter with Jesus is told in Acts 9, and soon he too was preaching Christ in Damascus (see Acts 9:19b-25).",
    ],
    "rom+9:1": [
        "Romans 9 begins a new section of the letter in which Paul wrestles with Israel's rejection of the Messiah. In verses 1 and 2 he solemnly affirms that he is telling the truth in Christ: he has great sorrow and unceasing grief in his heart.",
        "Verse 3 contains one of the boldest statements in the New Testament: \u201cFor I could wish that I myself were accursed, separated from Christ for the sake of my brethren, my kinsmen according to the flesh.\u201d Like Moses in Exodus 32:32, who asked to be blotted out of God's book for the people's sake, Paul would give up his own standing if it could save Israel.",
        "Verses 4 and 5 list Israel's privileges: the adoption as sons, the glory, the covenants, the giving of the Law, the temple service and the promises. Theirs are the fathers, and from them came the Christ according to the flesh, who is over all, God blessed forever.",
        "Paul's grief was not abstract. Since his first days as a believer, when he proclaimed Jesus in the synagogues of Damascus and had to escape over the wall (Acts 9:19-25), he had seen his own people reject the message he preached.",
    ],
    "act+9:19": [
        "Verse 19 ends Saul's three days of blindness: he took food and was strengthened. The second half of the verse opens a new scene: for several days he was with the disciples who were at Damascus. The same people he had come to arrest now received him as a brother.",
        "Verses 20 through 22 say that Saul immediately began to proclaim Jesus in the synagogues, saying, \u201cHe is the Son of God.\u201d All those hearing him were amazed, because he had been the one who destroyed those who called on this name. Saul kept increasing in strength and confounding the Jews who lived at Damascus by proving that this Jesus is the Christ.",
        "When many days had elapsed, the Jews plotted together to do away with him (verse 23). Their plot became known to Saul, and they were watching the gates day and night (verse 24). So his disciples took him by night and let him down through an opening in the wall, lowering him in a large basket (verse 25). Paul recalls the escape in 2 Corinthians 11:32-33.",
    ],
}

# ---------------------------------------------------------------------------------------
# Page inventory and per-page variations.
# ---------------------------------------------------------------------------------------

INDEX_HTML = {("commentary", "exo+32:1"), ("commentary", "rom+9:1"), ("synopsis", "exo+32:20")}
DOT_HTML = {("commentary", "exo+16:31")}
NO_CANONICAL = {("synopsis", "exo+32:14"), ("synopsis", "exo+32:20"), ("commentary", "deu+9:7")}
NO_OG_URL = {("synopsis", "exo+32:20")}
CP1252 = {("synopsis", "exo+32:32")}
# Page-relative hrefs on the trailing-slash pages (their base is the folder, so "../exo+32:7").
FORCE_HREF = {("commentary", "exo+32:1", 0): "rel", ("synopsis", "exo+32:20", 0): "rel",
              ("commentary", "rom+9:1", 1): "rel"}
FAKE_COMMENT = {("synopsis", "exo+32:2"), ("synopsis", "exo+32:16"), ("synopsis", "exo+32:30"),
                ("commentary", "exo+32:7")}

# Section heading styles: h2 (default), h3, pstrong, div, b.
SYN_HEADINGS = {3: ("h3", "h3"), 13: ("h3", "h3"), 23: ("h3", "h3"), 33: ("h3", "h3"),
                5: ("pstrong", "div"), 15: ("pstrong", "div"), 27: ("pstrong", "div"),
                8: ("b", "b"), 18: ("b", "b"), 29: ("b", "b"),
                11: ("h2", "div"), 21: ("h2", "div")}
# List styles: ul (default), ul-open (unclosed <li>), p (links in paragraphs),
# p-open (links in unclosed paragraphs, synopsis paragraphs unclosed too).
SYN_LISTS = {3: "p", 22: "p", 12: "p-open", 28: "p-open", 6: "ul-open", 17: "ul-open", 26: "ul-open"}

COM_STYLE = {  # key: (related heading text, heading style, list style)
    "exo+32:1": ("Related Commentaries:", "h2", "ul"),
    "exo+32:7": ("Check out our other commentaries:", "h2", "ul"),
    "exo+32:15": ("Other Relevant Commentaries:", "h3", "ul"),
    "exo+32:21": ("Other Relevant Commentaries:", "div", "ul"),
    "exo+32:30": ("Related Commentaries:", "pstrong", "ul"),
    "exo+16:31": ("Check out our other commentaries:", "h2", "ul"),
    "exo+25:31": ("Related Commentaries:", "h2", "ul"),
    "deu+9:7": ("Check out our other commentaries:", "b", "ul"),
    "psa+106:19": ("Other Relevant Commentaries:", "h2", "ul-open"),
    "act+7:39": ("Related Commentaries:", "h2", "p"),
    "rom+9:1": ("Check out our other commentaries:", "h3", "ul"),
    "act+9:19": ("Other Relevant Commentaries:", "h2", "p-open"),
}

# Related links of commentary pages. ("exo+32:30", "Exodus 32:36-40") is defect 5.
COM_RELATED = {
    "exo+32:1": ["exo+32:7", "act+7:39", "psa+106:19"],
    "exo+32:7": ["exo+32:1", "exo+32:30", "deu+9:7", "psa+106:19"],
    "exo+32:15": ["exo+32:7", "exo+32:21", "deu+9:7"],
    "exo+32:21": ["exo+32:15", ("exo+32:30", "Exodus 32:36-40"), "exo+32:1"],
    "exo+32:30": ["exo+32:7", "rom+9:1", "psa+106:19", "exo+32:21"],
    "exo+16:31": ["exo+32:1", "exo+32:30"],
    "exo+25:31": ["exo+16:31", "exo+32:1"],
    "deu+9:7": ["exo+32:15", "exo+32:7", "psa+106:19"],
    "psa+106:19": ["exo+32:7", "deu+9:7", "act+7:39"],
    "act+7:39": ["exo+32:1", "act+9:19", "psa+106:19"],
    "rom+9:1": ["exo+32:30", "act+9:19"],
    "act+9:19": ["rom+9:1", "act+7:39"],
}

SYN_POOLS = {
    "exo+32:1": ["exo+32:15", "deu+9:7", "act+7:39", "psa+106:19", "exo+32:7", "exo+32:21"],
    "exo+32:7": ["exo+32:30", "psa+106:19", "deu+9:7", "exo+32:1", "exo+32:15"],
    "exo+32:15": ["exo+32:1", "exo+32:21", "deu+9:7", "exo+32:7", "exo+32:30"],
    "exo+32:21": ["exo+32:1", "exo+32:15", "exo+32:30", "deu+9:7", "exo+32:7"],
    "exo+32:30": ["exo+32:7", "rom+9:1", "psa+106:19", "exo+32:15", "exo+16:31", "exo+32:21"],
}


def synopsis_related(n):
    """Related links of synopsis page 32:n: keys, or (key, text label) for defects."""
    if n == 31:  # as on the live page (the seed), minus the orphan Exodus 25:31-40
        return ["exo+32:15", "exo+16:31", "rom+9:1"]
    if n == 4:  # defect 4: text says 32:15-20, href goes to 32:7
        return [("exo+32:7", "Exodus 32:15-20"), "deu+9:7", "act+7:39"]
    if n == 10:  # defect 1: dangling link to Numbers 14:11-19
        return ["exo+32:30", "num+14:11", "psa+106:19"]
    home = passage_of_verse(n)
    pool = [k for k in SYN_POOLS[home] if not (n == 25 and k == "exo+32:15")]
    count = 2 + n % 3
    start = (2 * n) % len(pool)
    return [pool[(start + i) % len(pool)] for i in range(count)]


def synopsis_deeper(n):
    if n == 9:  # defect 2: no Deeper section
        return None
    if n == 25:  # defect 6: Deeper link does not cover the verse
        return "exo+32:15"
    return passage_of_verse(n)


class Page:
    def __init__(self, kind, key):
        self.kind, self.key = kind, key
        self.url_path = f"/en/{kind}/{key}"
        if (kind, key) in INDEX_HTML:
            self.file = f"{SITE}/en/{kind}/{key}/index.html"
            self.base_url = self.url_path + "/"
        elif (kind, key) in DOT_HTML:
            self.file = f"{SITE}/en/{kind}/{key}.html"
            self.base_url = self.url_path
        else:
            self.file = f"{SITE}/en/{kind}/{key}"
            self.base_url = self.url_path
        if kind == "synopsis":
            self.verse = int(key.split(":")[1])
            self.title = f"Exodus 32:{self.verse} meaning"
        else:
            self.title = PASSAGES[key][0] + " meaning"
        self.cp1252 = (kind, key) in CP1252
        self.links = 0  # number of deeper/related links rendered so far


PAGES = [Page("synopsis", f"exo+32:{n}") for n in range(1, 36)] + \
        [Page("commentary", k) for k in IN_CORPUS_COMMENTARIES]

# ---------------------------------------------------------------------------------------
# Link rendering: hrefs and link texts cycle through real-world variants.
# ---------------------------------------------------------------------------------------

HREF_CYCLE = ["abs", "root", "abs", "rel", "root", "www", "abs", "pct", "root", "app",
              "abs", "slash", "root", "query", "abs", "frag", "root", "amp", "rel", "abs"]
TEXT_CYCLE = ["plain", "plain", "span", "plain", "nbsp", "plain", "strong", "plain",
              "dash-entity", "plain", "dash-literal", "plain", "plain"]
counters = {"href": 0, "text": 0}


def next_style(name, cycle):
    style = cycle[counters[name] % len(cycle)]
    counters[name] += 1
    return style


def make_href(page, target_path, style):
    if style == "abs":
        return "https://thebiblesays.com" + target_path
    if style == "www":
        return "https://www.thebiblesays.com" + target_path
    if style == "app":
        return "http://thebiblesays.app" + target_path
    if style == "root":
        return target_path
    if style == "rel":
        base_dir = page.base_url[:-1] if page.base_url.endswith("/") else posixpath.dirname(page.base_url)
        rel = posixpath.relpath(target_path, base_dir)
        return rel if rel.startswith(".") else "./" + rel  # "exo+32:7" alone would parse as a URL scheme
    if style == "pct":
        return target_path.replace("+", "%2B").replace(":", "%3A")
    if style == "slash":
        return target_path + "/"
    if style == "query":
        return target_path + "?lang=en"
    if style == "frag":
        return target_path + "#top"
    if style == "amp":
        return target_path + "?lang=en&amp;utm_source=related"
    raise ValueError(style)


def make_text(label, style, cp1252=False):
    book, _, rest = label.rpartition(" ")
    nbsp = "\u00a0" if cp1252 else "&nbsp;"
    if style == "plain":
        return f"{label} meaning"
    if style == "span":
        return f"<span>{book}</span> {rest} meaning"
    if style == "strong":
        return f"<strong>{label}</strong> meaning"
    if style == "nbsp":
        return f"{book}{nbsp}{rest} meaning"
    if style == "dash-entity":
        return label.replace("-", "&#8211;") + " meaning"
    if style == "dash-literal":
        return label.replace("-", "\u2013") + " meaning"
    raise ValueError(style)


def esc(text):
    return html.escape(text, quote=False)


def attr(text):
    return html.escape(text, quote=True)


def link_item(page, entry, list_style, forced_href=None, forced_text=None, marker=None):
    """One <li> (or <p>) with a link and a summary. entry is a key or (key, label)."""
    key, label = (entry, PASSAGES[entry][0]) if isinstance(entry, str) else entry
    summary = PASSAGES[key][3]
    if label != PASSAGES[key][0]:  # defective labels borrow the summary of the passage they claim
        claimed = [k for k, v in PASSAGES.items() if v[0] == label]
        summary = PASSAGES[claimed[0]][3] if claimed else PASSAGES[key][3]
    target = f"/en/commentary/{key}"
    forced_href = forced_href or FORCE_HREF.get((page.kind, page.key, page.links))
    page.links += 1
    href = make_href(page, target, forced_href or next_style("href", HREF_CYCLE))
    text = make_text(label, forced_text or next_style("text", TEXT_CYCLE), page.cp1252)
    body = f'<a href="{href}">{text}</a>. {esc(summary)}'
    if list_style == "ul":
        return f"<li>{body}</li>"
    if list_style == "ul-open":
        return f"<li>{body}"
    if list_style == "p":
        return f'<p class="related-item">{body}</p>'
    if list_style == "p-open":
        return f'<p class="related-item">{body}'
    raise ValueError(list_style)


def heading(style, text, indent="      "):
    if style in ("h2", "h3"):
        return [f'{indent}<{style} class="commentary-heading">{text}</{style}>']
    if style == "pstrong":
        return [f"{indent}<p><strong>{text}</strong></p>"]
    if style == "div":
        return [f'{indent}<div class="section-title">{text}</div>']
    if style == "b":
        return [f"{indent}<b>{text}</b>"]
    raise ValueError(style)


def link_section(page, head_style, head_text, list_style, items, css, fake_comment=False):
    lines = heading(head_style, head_text)
    if list_style.startswith("ul"):
        lines.append(f'      <ul class="{css}">')
        if fake_comment:
            lines.append('        <!-- removed 2023-11: <li><a href="/en/commentary/lev+1:1">Leviticus 1:1 meaning</a>. Old placeholder item.</li> -->')
        lines += ["        " + item for item in items]
        lines.append("      </ul>")
    else:
        lines.append(f'      <div class="{css}">')
        if fake_comment:
            lines.append('        <!-- <p><a href="/en/commentary/lev+1:1">Leviticus 1:1 meaning</a>. Old placeholder item.</p> -->')
        lines += ["        " + item for item in items]
        lines.append("      </div>")
    return lines


# ---------------------------------------------------------------------------------------
# Chrome.
# ---------------------------------------------------------------------------------------

BOOKS = ["Genesis", "Exodus", "Leviticus", "Numbers", "Deuteronomy", "Joshua", "Judges", "Ruth",
         "1 Samuel", "2 Samuel", "1 Kings", "2 Kings", "1 Chronicles", "2 Chronicles", "Ezra",
         "Nehemiah", "Esther", "Job", "Psalms", "Proverbs", "Ecclesiastes", "Song of Solomon",
         "Isaiah", "Jeremiah", "Lamentations", "Ezekiel", "Daniel", "Hosea", "Joel", "Amos",
         "Obadiah", "Jonah", "Micah", "Nahum", "Habakkuk", "Zephaniah", "Haggai", "Zechariah",
         "Malachi", "Matthew", "Mark", "Luke", "John", "Acts", "Romans", "1 Corinthians",
         "2 Corinthians", "Galatians", "Ephesians", "Philippians", "Colossians",
         "1 Thessalonians", "2 Thessalonians", "1 Timothy", "2 Timothy", "Titus", "Philemon",
         "Hebrews", "James", "1 Peter", "2 Peter", "1 John", "2 John", "3 John", "Jude",
         "Revelation"]
LANGUAGES = [("en", "English"), ("es", "Espa\u00f1ol"), ("fr", "Fran\u00e7ais"), ("de", "Deutsch"),
             ("pt", "Portugu\u00eas"), ("it", "Italiano")]
EMAIL = "info@thebiblesays.com"
CF_KEY = 0xA1
CF_HEX = f"{CF_KEY:02x}" + "".join(f"{ord(c) ^ CF_KEY:02x}" for c in EMAIL)


def head(page, description):
    canonical = "https://thebiblesays.com" + page.url_path
    ident = (page.kind, page.key)
    lines = ["<!DOCTYPE html>", '<html lang="en" dir="ltr">', "<head>"]
    if not page.cp1252:
        lines.append('  <meta charset="utf-8">')
    lines += [
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{page.title} | TheBibleSays.com</title>",
        f'  <meta name="description" content="{attr(description)}">',
    ]
    if ident not in NO_CANONICAL:
        lines.append(f'  <link rel="canonical" href="{canonical}">')
    lines += [
        '  <meta property="og:type" content="article">',
        '  <meta property="og:site_name" content="TheBibleSays.com">',
        f'  <meta property="og:title" content="{page.title}">',
    ]
    if ident not in NO_OG_URL:
        lines.append(f'  <meta property="og:url" content="{canonical}">')
        for code, _ in LANGUAGES[1:3]:
            lines.append(f'  <link rel="alternate" hreflang="{code}" href="https://thebiblesays.com/{code}/{page.kind}/{page.key}">')
    lines += [
        '  <meta property="og:image" content="https://thebiblesays.com/static/img/og-default.jpg">',
        '  <meta name="twitter:card" content="summary_large_image">',
        '  <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>',
        '  <link rel="stylesheet" href="/static/css/site.min.css?v=4.12.0">',
        '  <link rel="stylesheet" href="/static/css/commentary.min.css?v=4.12.0">',
        '  <link rel="icon" href="/favicon.ico">',
        '  <script src="/static/js/vendor.min.js?v=4.12.0" defer></script>',
        '  <script src="/static/js/site.min.js?v=4.12.0" defer></script>',
        '  <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",'
        f'"headline":"{page.title}","inLanguage":"en","publisher":{{"@type":"Organization","name":"TheBibleSays.com"}}}}</script>',
        "  <script>",
        "    window.dataLayer = window.dataLayer || [];",
        "    function gtag(){dataLayer.push(arguments);}",
        "    gtag('js', new Date()); gtag('config', 'G-TBS0000000', {anonymize_ip: true});",
        "  </script>",
        "</head>",
    ]
    return lines


def header(page):
    ident = (page.kind, page.key)
    lines = [
        '<body class="page-' + page.kind + '">',
        '<header class="site-header">',
        '  <a class="logo" href="/en/"><img src="/static/img/logo.svg" alt="TheBibleSays.com" width="180" height="40"></a>',
        '  <nav class="main-menu" aria-label="Main">',
        "    <ul>",
        '      <li><a href="/en/">Home</a></li>',
        '      <li><a href="/en/commentary/gen+1:1">Commentary</a></li>',
        '      <li><a href="/en/synopsis/exo+32:1">Verse of the Day: Exodus 32:1 meaning</a></li>',
        '      <li><a href="https://thebiblesays.com/en/commentary/mat+5:1">Sermon on the Mount</a></li>',
        '      <li class="has-dropdown"><a href="/en/books">Books</a>',
        '        <ul class="dropdown books">',
    ]
    for name in BOOKS:
        slug = name.lower().replace(" ", "-")
        lines.append(f'          <li><a href="/en/books/{slug}">{name}</a></li>')
    lines += [
        "        </ul>",
        "      </li>",
        '      <li><a href="/en/about">About</a></li>',
        "    </ul>",
        "  </nav>",
        '  <div class="language-menu">',
        '    <button type="button" class="language-toggle">Select Language</button>',
        '    <ul class="languages">',
    ]
    for code, name in LANGUAGES:
        href = f"/{code}/" if ident in NO_OG_URL else f"/{code}/{page.kind}/{page.key}"
        lines.append(f'      <li><a href="{href}" hreflang="{code}">{name}</a></li>')
    lines += [
        "    </ul>",
        "  </div>",
        '  <div class="reader-tools"><button type="button" class="font-size">Aa</button><span class="sr-only">Select font size</span>'
        '<button type="button" class="dark-mode">Dark Mode</button><span class="sr-only">Set to dark mode</span></div>',
        "</header>",
    ]
    return lines


def footer():
    return [
        '<footer class="site-footer">',
        '  <div class="footer-links">',
        '    <a href="/en/privacy-policy">Privacy Policy</a> |',
        '    <a href="/en/terms-of-use">Terms of Use</a> |',
        '    <a href="/en/contact">Contact</a> |',
        '    <a href="https://thebiblesays.com/en/commentary/jhn+3:16">John 3:16 meaning</a>',
        "  </div>",
        '  <p class="copyright">Copyright 2024 TheBibleSays.com. All rights reserved.</p>',
        "</footer>",
        '<div id="cookie-banner" class="cookie-banner" role="dialog">',
        "  <p>This website uses cookies to enhance your browsing experience and provide personalized content. By continuing to use this site, you agree to our use of cookies as described in our <a href=\"/en/privacy-policy\">Privacy Policy</a>.</p>",
        '  <button type="button" class="cookie-accept">Accept</button>',
        "</div>",
        "<script>",
        "  (function () {",
        '    var labels = {deeper: "Deeper Commentary Covering this Verse:", related: "Other Relevant Commentaries:"};',
        '    function item(href, text) { return "<li><a href=\\"" + href + "\\">" + text + " meaning<\\/a><\\/li>"; }',
        "    window.tbsRenderRelated = function (list, el) {",
        '      el.innerHTML = "<h2>" + labels.related + "<\\/h2><ul>" + list.map(function (r) { return item(r.href, r.text); }).join("") + "<\\/ul>";',
        "    };",
        '    window.tbsSample = item("/en/commentary/exo+32:30", "Exodus 32:30-35");',
        "    document.addEventListener('DOMContentLoaded', function () {",
        "      var b = document.getElementById('cookie-banner');",
        "      if (b && localStorage.getItem('cookies-ok')) { b.style.display = 'none'; }",
        "    });",
        "  })();",
        "</script>",
        '<script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script>',
        "</body>",
        "</html>",
    ]


def ai_note():
    return ("This quick synopsis was AI autogenerated utilizing existing TheBibleSays commentaries as the "
            "primary source material. To read a related commentary that has been fully developed, see the "
            "list below. If there is an issue with this summary please let us know by emailing:"
            f'<a href="/cdn-cgi/l/email-protection#{CF_HEX}" class="__cf_email__" data-cfemail="{CF_HEX}">'
            "[email&#160;protected]</a>")


# ---------------------------------------------------------------------------------------
# Page bodies.
# ---------------------------------------------------------------------------------------


def synopsis_page(page):
    n = page.verse
    home = passage_of_verse(n)
    if n == 31:
        paragraphs = SEED_31
    else:
        pool = REFLECTIONS[home]
        paragraphs = [VERSES[n], pool[n % len(pool)]]
    heads = SYN_HEADINGS.get(n, ("h2", "h2"))
    list_style = SYN_LISTS.get(n, "ul")
    open_p = list_style == "p-open"
    lines = head(page, paragraphs[0][:155].rsplit(" ", 1)[0] + "...") + header(page)
    lines += ['<main id="top" class="content">', '  <article class="synopsis">', f"    <h1>{page.title}</h1>",
              '    <div class="synopsis-body">']
    for text in paragraphs:
        lines.append(f"      <p>{esc(text)}" + ("" if open_p else "</p>"))
    lines.append(f'      <p class="ai-note">{ai_note()}</p>')
    lines.append("    </div>")
    lines.append('    <section class="related-commentaries">')
    deeper = synopsis_deeper(n)
    if deeper is not None:
        forced = {}
        if page.cp1252:
            forced = dict(forced_href="root", forced_text="dash-literal")
        if n == 25:
            forced = dict(forced_href="root", forced_text="plain")
        item = link_item(page, deeper, list_style, **forced)
        lines += link_section(page, heads[0], "Deeper Commentary Covering this Verse:", list_style, [item], "deeper")
    items = []
    for entry in synopsis_related(n):
        if entry == "num+14:11" or (isinstance(entry, tuple) and n == 4):
            items.append(link_item(page, entry, list_style, forced_href="root", forced_text="plain"))
        elif page.cp1252 and entry == "rom+9:1":
            items.append(link_item(page, entry, list_style, forced_href="abs", forced_text="nbsp"))
        else:
            items.append(link_item(page, entry, list_style))
    lines += link_section(page, heads[1], "Other Relevant Commentaries:", list_style, items, "relevant",
                          fake_comment=(page.kind, page.key) in FAKE_COMMENT)
    lines.append("    </section>")
    lines.append("  </article>")
    lines.append('  <nav class="verse-nav" aria-label="Verses">')
    if n > 1:
        lines.append(f'    <a class="prev" href="/en/synopsis/exo+32:{n - 1}">&laquo; Previous verse: Exodus 32:{n - 1}</a>')
    if n < 35:
        lines.append(f'    <a class="next" href="/en/synopsis/exo+32:{n + 1}">Next verse: Exodus 32:{n + 1} &raquo;</a>')
    lines.append("  </nav>")
    lines.append("</main>")
    lines += footer()
    return lines


def commentary_page(page):
    key = page.key
    head_text, head_style, list_style = COM_STYLE[key]
    paragraphs = COMMENTARY_BODY[key]
    open_p = list_style == "p-open"
    lines = head(page, PASSAGES[key][3][:155].rsplit(" ", 1)[0] + "...") + header(page)
    lines += ['<main id="top" class="content">', '  <article class="commentary">', f"    <h1>{page.title}</h1>",
              f'    <p class="passage-summary"><em>{esc(PASSAGES[key][3])}</em></p>',
              '    <div class="commentary-body">']
    for text in paragraphs:
        lines.append(f"      <p>{esc(text)}" + ("" if open_p else "</p>"))
    lines.append("    </div>")
    if key in EXODUS32:
        lines.append(f'    <div class="pager">Page {EXODUS32.index(key) + 1} of 5</div>')
    lines.append('    <section class="related-commentaries">')
    items = []
    for entry in COM_RELATED[key]:
        if isinstance(entry, tuple):
            items.append(link_item(page, entry, list_style, forced_href="root", forced_text="plain"))
        else:
            items.append(link_item(page, entry, list_style))
    lines += link_section(page, head_style, head_text, list_style, items, "relevant",
                          fake_comment=(page.kind, page.key) in FAKE_COMMENT)
    lines += ["    </section>", "  </article>", "</main>"]
    lines += footer()
    return lines


# ---------------------------------------------------------------------------------------
# Write the corpus and report.
# ---------------------------------------------------------------------------------------


def main():
    for child in sorted(inputs.iterdir()) if inputs.exists() else []:
        if child.name == "README.md":
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    inputs.mkdir(exist_ok=True)

    texts = {}
    for page in PAGES:
        lines = synopsis_page(page) if page.kind == "synopsis" else commentary_page(page)
        text = "\n".join(lines) + "\n"
        data = text.encode("cp1252") if page.cp1252 else text.encode("utf-8")
        path = inputs / page.file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        texts[page.file] = text

    # Sanity checks of the intended structure.
    linked = set()
    for text in texts.values():
        for key in IN_CORPUS_COMMENTARIES:
            for form in (key, key.replace("+", "%2B").replace(":", "%3A")):
                for tail in ('"', "/", "?", "#"):
                    if f"commentary/{form}{tail}" in text.split("<main", 1)[1].split("</main>", 1)[0]:
                        linked.add(key)
    assert linked == set(IN_CORPUS_COMMENTARIES) - {ORPHAN}, sorted(set(IN_CORPUS_COMMENTARIES) - linked)
    assert all("charset" not in t.lower() for f, t in texts.items() if f.endswith("exo+32:32"))

    def line_of(file, needle, nth=0):
        hits = [i + 1 for i, line in enumerate(texts[file].split("\n")) if needle in line]
        return hits[nth]

    s = f"{SITE}/en/synopsis/"
    c = f"{SITE}/en/commentary/"
    print("pages:")
    for page in PAGES:
        size = (inputs / page.file).stat().st_size
        print(f"  {page.file}  {page.title}  ({size} bytes)")
    print("defects:")
    print(f"  1 dangling link            {s}exo+32:10:{line_of(s + 'exo+32:10', 'num+14:11')}")
    print(f"  2 no Deeper section        {s}exo+32:9 (related heading at line {line_of(s + 'exo+32:9', 'Other Relevant Commentaries:</')})")
    print(f"  3 cp1252, en dash link     {s}exo+32:32:{line_of(s + 'exo+32:32', chr(0x2013) + '35 meaning')}")
    print(f"  4 text/target mismatch     {s}exo+32:4:{line_of(s + 'exo+32:4', 'Exodus 32:15-20 meaning')}")
    print(f"  5 invalid reference        {c}exo+32:21:{line_of(c + 'exo+32:21', 'Exodus 32:36-40')}")
    print(f"  6 deeper not covering      {s}exo+32:25:{line_of(s + 'exo+32:25', 'exo+32:15')}")
    print(f"  7 orphan                   {c}{ORPHAN}")


if __name__ == "__main__":
    main()
