"""Common given names of German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian speakers, by sex: a
prior for the sex of a person the text names ("der 58-jährige Klaus Hofmann", "a-t-elle ajouté" after "Sabine Roux"),
beside the English tables of :mod:`cqnews.lexicon.given_names_en`.

Written by hand for this library from general knowledge of the commonest given names in each country across the
generations now in the news (born about 1940–2000), as the national name statistics rank them (Germany: the
Gesellschaft für deutsche Sprache's yearly lists; France: INSEE's Fichier des prénoms; Spain: INE's "Nombres más
frecuentes"; Italy: ISTAT's "Nomi più frequenti"; Portugal: the Instituto dos Registos e do Notariado's lists;
Netherlands: the Meertens Instituut's Nederlandse Voornamenbank; Poland, added in Session 64: the ministry of digital
affairs' lists of the names in the PESEL register). Russia, added in Session 64: from general knowledge of the
commonest names of those generations, no published list being at hand here. No name was taken from a corpus page.
Spelt in lower case without accents, as :func:`cqnews.enrich.speakers.given_names.given_name_gender` folds them:
Russian names as the folding leaves them ("й" -> "и", "ё" -> "е": "андреи", "федор"), Polish ones with "ł", which has
no accent to fold ("łukasz"). Names that are also common nouns ("Вера", "Надежда", "Любовь", "Роман", Polish "Roman")
are left out: a sentence may open with the noun. Names given to both sexes in one of these languages, or to the other
sex in another language or in English ("Andrea", "Jean", "Simone", "Nicola", "Jan"), are dropped from the common
table by :data:`EUROPE_FEMALE_GIVEN`/:data:`EUROPE_MALE_GIVEN`; the per-language table
:mod:`cqnews.lexicon.given_names_latin` says what they are in one language."""

from __future__ import annotations

from types import MappingProxyType

from .given_names_en import FEMALE_GIVEN, FEMALE_NAMES, MALE_GIVEN, MALE_NAMES

_FEMALE_BY_LANGUAGE = {
    "de": """anna andrea angelika anja anke annette antje barbara bettina birgit brigitte carina charlotte
        christa christiane christina claudia cornelia dagmar daniela doris elke elisabeth emma erika eva franziska
        gabriele gerda gisela gudrun hannelore heike helga hildegard ilse ingrid ines inge irmgard jana janina
        jessica johanna julia jutta karin katharina kathrin katja kerstin klara kristin laura lea lena lisa
        manuela margarete maria marie marion marlene martina melanie michaela monika nadine nicole petra renate
        rita ruth sabine sandra sarah silke simone sonja stefanie stephanie susanne svenja tanja ulrike ursula
        ute verena vanessa waltraud yvonne""",
    "fr": """agnes amandine anne annie aurelie beatrice brigitte camille carole caroline catherine cecile celine
        chantal christine claire claudine colette corinne delphine denise dominique elise elodie emilie emma
        francoise genevieve helene isabelle jacqueline jeanne josiane josette laetitia laure laurence lea
        lucie madeleine manon marie marion martine mathilde monique muriel nathalie nicole odile pascale
        patricia sandrine segolene severine simone solange sophie stephanie suzanne sylvie therese valerie
        veronique virginie yvette""",
    "es": """adriana alicia amparo ana andrea angela beatriz blanca carmen carolina celia clara
        cristina elena encarnacion esperanza esther eva silvia gloria ines irene isabel josefa juana julia laura
        lorena lucia luisa manuela margarita maria marina marta mercedes milagros monica natalia nuria
        patricia paula pilar raquel rocio rosa sandra sara sofia soledad susana teresa veronica yolanda""",
    "it": """alessandra alessia alice angela anna antonella barbara beatrice carla caterina chiara claudia
        cristina daniela donatella elena elisa emanuela federica francesca gabriella giada giorgia giovanna
        giulia giuseppina graziella ilaria laura lucia luisa manuela mara marina maria marta martina michela
        monica nadia paola patrizia raffaella rita roberta rosa rosanna sara serena silvia simona sofia stefania
        teresa tiziana valentina valeria veronica""",
    "pt": """adriana alice ana beatriz carla carolina catarina claudia conceicao cristina daniela fatima fernanda
        filipa helena ines isabel joana julia leonor lucia luisa margarida maria mariana marta patricia paula
        raquel rita rosa sandra sara sofia susana teresa vera""",
    "nl": """anke anne annemarie anja astrid bianca carla daphne ellen els emma esther eva femke fleur hanneke
        ineke inge ingrid iris janneke jolanda karin lieke linda lisa lotte manon marieke marjolein
        mieke monique nicole petra renate sanne saskia sophie tineke wilma yvonne""",
    "pl": """agata agnieszka aleksandra alicja anna aneta barbara beata bozena danuta dorota edyta elzbieta
        emilia ewa grazyna halina hanna ilona irena iwona jadwiga janina joanna jolanta julia justyna karolina
        katarzyna kinga krystyna magdalena małgorzata maria marta monika natalia paulina renata sylwia teresa
        urszula wanda weronika wioletta zofia zuzanna""",
    "ru": """алена алина алла анастасия анна валентина валерия вероника виктория галина дарья евгения екатерина
        елена елизавета ирина кристина ксения лариса лидия людмила маргарита марина мария наталья нина оксана
        олеся ольга полина раиса светлана софья тамара татьяна юлия""",
}

_MALE_BY_LANGUAGE = {
    "de": """alexander andreas axel benjamin bernd bernhard christian christoph daniel dennis detlef dieter dirk
        erich ernst felix florian frank franz friedrich georg gerhard gunter gunther hans harald hartmut
        heinrich helmut herbert holger horst ingo jan jens joachim jonas jorg josef jurgen kai karl karl-heinz
        klaus kurt lars lukas manfred marcel markus martin matthias max maximilian michael niklas norbert olaf
        oliver patrick paul peter rainer ralf reinhard rolf rudolf sebastian siegfried stefan steffen sven
        thomas thorsten tim tobias torsten ulrich uwe volker walter werner wilhelm wolfgang""",
    "fr": """alain alexandre andre antoine arnaud bernard bruno christian christophe claude cyril damien david
        denis didier emmanuel eric etienne fabien fabrice francois frederic gerard gilles guillaume guy henri
        herve hugo jacques jean-claude jean-luc jean-marc jean-pierre jerome joel julien laurent louis luc lucas
        marc marcel mathieu matthieu maxime michel nicolas olivier pascal patrice patrick philippe pierre remi
        rene robert roger sebastien serge stephane sylvain thierry thomas vincent xavier yannick yves""",
    "es": """adrian alberto alejandro alfonso alvaro andres antonio carlos cesar daniel david diego eduardo
        emilio enrique esteban felipe fernando francisco gonzalo guillermo hugo ignacio ivan jaime javier jesus
        joaquin jorge jose juan julian julio luis manuel marcos mario miguel nicolas oscar pablo pedro rafael
        ramon raul ricardo roberto rodrigo ruben sergio tomas victor""",
    "it": """alberto alessandro alessio angelo antonio carlo claudio cristiano daniele dario davide domenico
        emanuele enrico enzo fabio fabrizio federico francesco franco gabriele giacomo gianluca giancarlo
        gianni giorgio giovanni giulio giuseppe lorenzo luca luigi marco mario massimo matteo mattia maurizio
        michele mirko nicola paolo pietro raffaele riccardo roberto salvatore sergio simone stefano tommaso
        umberto vincenzo vittorio""",
    "pt": """afonso alvaro andre antonio armando artur bruno carlos diogo duarte eduardo fernando filipe francisco
        goncalo henrique hugo joao joaquim jorge jose luis manuel marcelo mario miguel nuno paulo pedro rafael
        ricardo rodrigo rui sergio tiago vasco vitor""",
    "nl": """arjen bart bas bram daan dirk erik frank freek gerard gert hans hendrik henk jaap jan jasper jeroen
        joost jos kees klaas koen lars luuk maarten marco mark martijn michiel niels pieter ruud sander sjoerd
        stefan thijs tom wim willem wouter""",
    "pl": """adam andrzej artur bartosz bogdan damian dariusz dawid edward filip grzegorz henryk hubert ireneusz
        jacek jakub jan janusz jerzy jozef kacper kamil kazimierz krzysztof leszek łukasz maciej marcin marek
        mariusz mateusz michał mirosław patryk paweł piotr przemysław rafał robert ryszard sebastian stanisław
        szymon sławomir tadeusz tomasz waldemar wiesław witold władysław wojciech zbigniew zdzisław zygmunt""",
    "ru": """александр алексеи анатолии андреи антон аркадии артем борис вадим валерии василии виктор виталии
        владимир владислав вячеслав геннадии георгии григории денис дмитрии евгении егор игорь илья иван кирилл
        константин леонид максим матвеи михаил никита николаи олег павел петр руслан сергеи станислав степан
        тимур федор эдуард юрии ярослав""",
}


def _split(table: dict[str, str]) -> dict[str, frozenset[str]]:
    return {language: frozenset(names.split()) for language, names in table.items()}


FEMALE_BY_LANGUAGE = MappingProxyType(_split(_FEMALE_BY_LANGUAGE))
MALE_BY_LANGUAGE = MappingProxyType(_split(_MALE_BY_LANGUAGE))
_ALL_FEMALE = frozenset().union(*FEMALE_BY_LANGUAGE.values())
_ALL_MALE = frozenset().union(*MALE_BY_LANGUAGE.values())
# Names of one sex in every language here and not of the other in the English tables ("jan" stays a woman
# there; the German and Dutch tables of :mod:`.given_names_latin` have him).
EUROPE_FEMALE_GIVEN: frozenset[str] = _ALL_FEMALE - _ALL_MALE - MALE_NAMES - MALE_GIVEN
EUROPE_MALE_GIVEN: frozenset[str] = _ALL_MALE - _ALL_FEMALE - FEMALE_NAMES - FEMALE_GIVEN
