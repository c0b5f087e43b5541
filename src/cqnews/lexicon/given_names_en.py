"""English given names with a clear gender, a prior for he or she when the text gives no hint ("Bill Clinton" is
he, "Carole Bower" is she), read by :func:`cqnews.enrich.speakers.given_names.given_name_gender` and by the credit
readers (split from :mod:`cqnews.lexicon.en`). Lower case, like every table of the lexicon."""

from __future__ import annotations

# Common given names with a clear gender, a prior for pronouns when the text gives no hint.
FEMALE_NAMES: frozenset[str] = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
    ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
    cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
    rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
    lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara
    janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia
    marie diana brittany natalie isabella charlotte rose alexis kayla tessa abby jane marina meghan kamala hillary
    nicola theresa ursula giorgia angela kristi nuhaa qarnita rushdiyah jo tracey louise catherine kate claire
    lucy sophie chloe ella mia ava zoe nadia fatima aisha priya anjali sonia leila yasmin elena irina olga""".split()
)
MALE_NAMES: frozenset[str] = frozenset(
    """james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony
    mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
    jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank
    patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter
    noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan
    bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene
    russell bobby mason philip louis harry keir rishi boris emmanuel vladimir xi joe barack bill ted mike
    marcelo imran asim ahmed gopaul dali jacob lee craig bob saikat brendon royce travis jon nick tom ben sam
    luke matt dan chris tony jim tim steve rob ron ali mohammed muhammad omar hassan ivan sergei dmitri""".split()
)

# More given names with a clear gender (English-speaking countries, common across generations), added to
# the prior in ``FEMALE_NAMES``/``MALE_NAMES``: "Bill Clinton" is he whatever the pronouns
# after "Clinton" say, "Carole Bower" is she. Names given to both sexes (Jordan, Taylor, Robin, Leslie,
# Dana, Jamie, Casey, Morgan, Kim, Pat, Alex, Sam, Terry, Lee) stay out.
FEMALE_GIVEN: frozenset[str] = frozenset(
    """abigail ada adele adrienne agnes aileen alberta alexandra alexandria alicia alison allison alma amelia
    anastasia angelina angie anita annabel anne annette annie antoinette april arlene audrey ava barbra beatrice
    becky belinda bernadette bernice bertha beth bethany betsy beverley bianca blanche bonnie brenda bridget
    brigid camila candace candice carla carly carole caroline cassandra cecelia cecilia celeste celia charlene
    charlotte cheryl chelsea christa christie cindy clara clarissa claudia colleen connie constance cora corinne
    courtney cristina crystal daisy darlene deanna debbie delia della delores denise desiree dianne dolores dora
    doreen dorothea edith edna eileen elaine eleanor elisa elise eliza ella ellen eloise elsa elsie emilia emily
    erica erika erin esther estelle ethel eva evangeline eve felicia fiona flora francesca freda gail gayle
    geraldine gertrude gilda gina ginger gladys glenda gwen gwendolyn harriet hattie heidi helena henrietta
    hilda ida imogen ingrid irene iris isabel isabelle jacqueline jan jana janelle janet janie jeanette jeanne
    jeannie jenna jenny jill joan joann joanna joanne jocelyn johanna josephine juanita judith julianne juliet
    justine karin katharine kathy katie katrina kristen kristin kristina krystal lana latoya laurie leah leigh
    lena leona lila lillian lily linda lindsay lois lora loretta lorna lorraine louisa lucia lucille luisa lydia
    lynne mabel madeleine madeline mae maggie mamie mandy marcia margaret margarita margo maria mariah marian
    marianne marie marjorie marlene marsha mattie maureen maxine maya meg melanie melinda melody mercedes
    michele mildred millie minnie miranda miriam misty molly mona monica monique muriel myra myrtle nadine nan
    nancy naomi natasha nellie nina nora norma olive pamela patsy paula pauline pearl peggy penelope penny
    phyllis polly priscilla rachael ramona renee rhonda rita roberta robyn rochelle rosa rosalind rosalyn
    rosemary rosie roxanne ruby sabrina sally sandy selena serena shannon sheila shelley sherry sheryl silvia
    sofia sonja stacey stacy stella sue susanne suzanne sylvia tamara tammy tanya tara tatiana thelma tiffany
    tina toni tonya tricia trisha valerie vanessa vera verna veronica vicki vickie viola violet vivian wanda
    wendy wilma yolanda yvonne""".split()
)
MALE_GIVEN: frozenset[str] = frozenset(
    """abraham al alan luiz luis miguel diego javier sergio joao alberto alec alfred alfredo alvin andre andres
    andy angelo antonio archie armando arnold arturo barry bart ben benny bernie bert bill billy bob bobby brad
    brent brett brian bruce bryce buck bud byron calvin carlos cecil cedric chad charlie chuck clarence claude
    clayton clint clyde cody colin conrad cory curt damon danny darius darrell darren darryl dave derek derrick sonny
    desmond dewayne dexter dick don donnie doug duane dustin dwayne dwight earl ed eddie edgar edmund eduardo
    edwin elmer emil enrique ernest ernie errol felix fernando fred freddie frederick gene geoff geoffrey gerard
    glen greg guy hank hector herbert homer horace hugh hugo ian irving isaac jake jared jay jeff jeffery jerome
    jimmy joel johnny jorge julian julius karl ken kenny lanny leo leon leonard leroy lester lonnie lou luis
    luther malcolm manuel marco marcus mario martin marty marvin maurice max melvin mitch mitt newt norman
    orlando oscar otis pablo pedro pete phil rafael ralph ramon randall randolph reggie reginald rex ricardo
    rick ricky rocco rodney roger roland rolando ron ronnie rudolph rudy rufus rupert salvatore sammy saul
    scotty seth sidney stan stuart ted teddy theodore todd tommy trent troy vern victor virgil walt wendell
    wilbur wilfred willard winston woodrow zach""".split()
)

# Given names that often stand second in a full name of three words after a given name no table lists ("Gohar Ali
# Khan", "Syed Ali Shah", "Abdul Ahmed Qureshi"): the word before them opens the name, it is no description of the
# person ("Brave Marina Lacerda" is one).
# Words of rank or clan that open a Pakistani or Indian full name of three or four words ("Rana Tanveer Hussain",
# "Mian Riaz Hussain Pirzada", "Syed Murad Ali Shah"): after a title's complement the name opens with them.
NAME_OPENING_CLAN_WORDS: frozenset[str] = frozenset(
    "rana mian syed sayed chaudhry chaudhary raja sardar makhdoom khawaja khwaja".split()
)
SECOND_GIVEN_NAMES: frozenset[str] = frozenset(
    "ali ahmed ahmad akbar hussain husain hassan hasan mohammad muhammad mohammed mohamed mahmood mahmud".split()
)
