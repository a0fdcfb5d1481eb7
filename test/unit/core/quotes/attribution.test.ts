import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Who said it: input paragraphs, expected [text, speaker] of each quote in reading order.
describe('findQuotes: attribution patterns', () => {
  it.each<[string, string[], [string, string | null][]]>([
    ['said X', ['“We hope to help,” said Jeff Zhang.'], [['We hope to help', 'Jeff Zhang']]],
    ['X said', ['“We hope to help,” Zhang said.'], [['We hope to help', 'Zhang']]],
    [
      'X, role, said',
      ['“It was seen as rote,” Mar Hicks, a historian at the Illinois Institute, said.'],
      [['It was seen as rote', 'Mar Hicks']],
    ],
    [
      'said X, role, adjunct',
      ['“We hope to help,” said Jeff Zhang, president of Alibaba Cloud, in a statement.'],
      [['We hope to help', 'Jeff Zhang']],
    ],
    [
      'role before the name',
      ['“It undermines our values,” White House press secretary Josh Earnest told reporters.'],
      [['It undermines our values', 'Josh Earnest']],
    ],
    [
      'X told Reuters',
      ['“This is what he fought for,” Hicks told ABC News.'],
      [['This is what he fought for', 'Hicks']],
    ],
    [
      'X wrote',
      ['“This is a common story,” wrote Jennifer Light in an email.'],
      [['This is a common story', 'Jennifer Light']],
    ],
    [
      'X tweeted',
      ['“Before long we’ll all have forgotten,” Emery tweeted.'],
      [['Before long we’ll all have forgotten', 'Emery']],
    ],
    [
      'according to X',
      ['“The deal is off,” according to Mary Jones.'],
      [['The deal is off', 'Mary Jones']],
    ],
    [
      'according to X, before',
      ['According to Mary Jones, “the deal is off for good.”'],
      [['the deal is off for good.', 'Mary Jones']],
    ],
    [
      'as X reported (split)',
      ['He put up a flag – “igniting,” as Reuters reported, “fears of a jihadist attack.”'],
      [['igniting, fears of a jihadist attack.', 'Reuters']],
    ],
    [
      'colon introduction with a verb',
      [
        'In the midst of the fear, Uber tweeted this announcement: “Fares have increased in the area.”',
      ],
      [['Fares have increased in the area.', 'Uber']],
    ],
    [
      'colon introduction without a speech verb',
      [
        'De Miranda evokes neon in his introduction: “When we hear the word neon, an image pops into our heads.”',
      ],
      [['When we hear the word neon, an image pops into our heads.', 'De Miranda']],
    ],
    [
      'comma introduction',
      ['In the paper, Lorenz had written, “Special thanks are due to Miss Ellen Fetter.”'],
      [['Special thanks are due to Miss Ellen Fetter.', 'Lorenz']],
    ],
    [
      'participle introduction',
      ['Emery retweeted the story, saying, “Are there un-angry Trump supporters?”'],
      [['Are there un-angry Trump supporters?', 'Emery']],
    ],
    [
      'fragment after a speech verb',
      ['Steve Jobs said that, once you use it, “you can’t go back.”'],
      [['you can’t go back.', 'Steve Jobs']],
    ],
    [
      'attribution later in the sentence',
      ['“Now it’s hard to see what could persuade them” to hold up, Indyk said.'],
      [['Now it’s hard to see what could persuade them', 'Indyk']],
    ],
    [
      'the next sentence names the speaker (after a question)',
      ['“Jesus … who is Ellen Fetter?” Rothman recalls thinking at the time.'],
      [['Jesus … who is Ellen Fetter?', 'Rothman']],
    ],
    [
      'the sentence after a statement is not its attribution',
      ['“Fares have increased in the area.” As Mashable reports, prices went up.'],
      [['Fares have increased in the area.', null]],
    ],
    ['inverted pronoun', ['“We will see,” said he.'], [['We will see', null]]],
    [
      'listener after told is not the speaker',
      ['He told the BBC: “I took the judgement call and went to see him.”'],
      [['I took the judgement call and went to see him.', null]],
    ],
    [
      'an unnamed someone is nobody',
      ['“@Uber_Sydney stop being assholes,” one Twitter response began.'],
      [['@Uber_Sydney stop being assholes', null]],
    ],
    [
      'colon introduction by an unnamed someone',
      [
        'After his talk, a question came from a member of the audience: “Did you change the initial condition?”',
      ],
      [['Did you change the initial condition?', null]],
    ],
    [
      'no attribution at all',
      ['The weather was fine.', '“It was the best of times and the worst of times.”'],
      [['It was the best of times and the worst of times.', null]],
    ],
    [
      'a spokesperson speaks for the body',
      ['“We received an inquiry and are cooperating,” said a WeWork spokesperson.'],
      [['We received an inquiry and are cooperating', 'WeWork']],
    ],
    [
      'an organisation speaks',
      ['“Raw chicken should never be washed,” the Food Standards Agency said.'],
      [['Raw chicken should never be washed', 'Food Standards Agency']],
    ],
    [
      'a described body speaks',
      ['“He pleaded guilty to the charge,” the U.S. attorney’s office said.'],
      [['He pleaded guilty to the charge', 'U.S. attorney’s office']],
    ],
    [
      'an office speaks',
      [
        'The United Nations High Commissioner for Human Rights said the decision did “not modify existing international law”.',
      ],
      [
        [
          'not modify existing international law',
          'United Nations High Commissioner for Human Rights',
        ],
      ],
    ],
    [
      'a document speaks for its author',
      [
        'A new report released on Monday by Stanford University’s Center on Poverty and Inequality calls that into question.',
        'As the report states: "The birth lottery matters more in the U.S. than elsewhere."',
      ],
      [
        [
          'The birth lottery matters more in the U.S. than elsewhere.',
          'Stanford University’s Center on Poverty and Inequality',
        ],
      ],
    ],
    [
      'a statement speaks for the body that issued it, not the outlet that obtained it',
      [
        'On Monday, Big Machine Records issued a statement about the awards.',
        'The statement, which was obtained by Variety, was short.',
        '"As her partner for a decade, we were shocked to see her statements," the statement read.',
      ],
      [
        [
          'As her partner for a decade, we were shocked to see her statements',
          'Big Machine Records',
        ],
      ],
    ],
    [
      'the source of a report is not the speaker',
      [
        'According to AFP, one user on Weibo, which is China’s Twitter, posted: “I just want to know how they came to Beijing.”',
      ],
      [['I just want to know how they came to Beijing.', null]],
    ],
    [
      'an organisation’s possessive before a name',
      ['“All of them bring different strengths,” said NASA’s Steve Clarke.'],
      [['All of them bring different strengths', 'Steve Clarke']],
    ],
    [
      'an organisation’s possessive and role words before the name',
      ['"It is a positive development," said Gartner\'s principal analyst Kobita Desai.'],
      [['It is a positive development', 'Kobita Desai']],
    ],
    [
      'a possessive organisation of two words joined by "and"',
      ['"It could really ignite interest," added Ernst and Young\'s Sanjay Mehta.'],
      [['It could really ignite interest', 'Sanjay Mehta']],
    ],
    [
      'organisation and role word before the name',
      ['"We regret the error," said Acme spokesman John Doe.'],
      [['We regret the error', 'John Doe']],
    ],
    [
      'a person of an organisation, verb after',
      ['"We will leave the union," Cara Diemont of IT firm Dimension Data said.'],
      [['We will leave the union', 'Cara Diemont']],
    ],
    [
      'a person at an organisation, comma introduction',
      ['As Trent Hamm at The Simple Dollar explains, it can happen: "I start to substitute."'],
      [['I start to substitute.', 'Trent Hamm']],
    ],
    [
      'a spokesman for an organisation',
      ['"We regret the error," said a spokesman for the Acme Corporation.'],
      [['We regret the error', 'Acme Corporation']],
    ],
    [
      'the role, then the name after a comma',
      ['"We regret the error," said the minister for trade, Jane Roe.'],
      [['We regret the error', 'Jane Roe']],
    ],
    [
      'a bracket after the name',
      ['"We regret the error," Sen. John Doe (R-Texas) said.'],
      [['We regret the error', 'John Doe']],
    ],
    [
      'a verb of two words',
      ['"Prices will fall next year," John Doe went on.'],
      [['Prices will fall next year', 'John Doe']],
    ],
    [
      'as X put it',
      ['As John Doe of Acme put it, "Prices will fall next year."'],
      [['Prices will fall next year.', 'John Doe']],
    ],
    [
      'an inverted verb of opinion (BBC style)',
      ['"Prices will fall next year," believes John Doe, an economist at HSBC.'],
      [['Prices will fall next year', 'John Doe']],
    ],
    [
      'countered',
      ['"That is simply false now," countered John Doe.'],
      [['That is simply false now', 'John Doe']],
    ],
    [
      'called (a characterisation)',
      ['Jane Roe called the plan "a total disaster for everyone".'],
      [['a total disaster for everyone', 'Jane Roe']],
    ],
    [
      'colon introduction after an apposition',
      [
        'Rachel Stephens, senior analyst at RedMonk, shared her perspective on these findings: "There is a component of safety."',
      ],
      [['There is a component of safety.', 'Rachel Stephens']],
    ],
    [
      'colon introduction by another unnamed someone',
      ['Another respondent highlighted AI\'s opportunities: "AI is growing fast, and so are we."'],
      [['AI is growing fast, and so are we.', null]],
    ],
    [
      'invisible override before a name',
      ['"Prices will fall next year," said \u202eMary Rolly.'],
      [['Prices will fall next year', 'Mary Rolly']],
    ],
    [
      'zero-width space inside a name',
      ['"Prices will fall next year," said Mary\u200b Rolly.'],
      [['Prices will fall next year', 'Mary Rolly']],
    ],
    [
      'soft hyphens inside a name',
      ['"Prices will fall next year," said Net\u00adan\u00adyahu.'],
      [['Prices will fall next year', 'Netanyahu']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});

// Speakers resolved to the full name first given, across sentences and paragraphs.
describe('findQuotes: speaker resolution', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'short form to full name (reference page)',
      [
        '“By increasing our investment we hope to help businesses,” said Jeff Zhang, president of Alibaba Cloud Intelligence, in a statement.',
        'Alibaba has already put together various packages.',
        '“The pandemic has posed additional stress on the economy,” added Zhang.',
      ],
      [
        ['By increasing our investment we hope to help businesses', 'Jeff Zhang'],
        ['The pandemic has posed additional stress on the economy', 'Jeff Zhang'],
      ],
    ],
    [
      'Mr. X to full name',
      ['Jeff Zhang runs the unit.', '“We are ready for the next step,” Mr. Zhang said.'],
      [['We are ready for the next step', 'Jeff Zhang']],
    ],
    [
      'initials in the full name',
      [
        '“Both sides are going to want to turn down the rhetoric,” said Robert M. Danin.',
        '“It is structural,” Danin said.',
      ],
      [
        ['Both sides are going to want to turn down the rhetoric', 'Robert M. Danin'],
        ['It is structural', 'Robert M. Danin'],
      ],
    ],
    [
      'particle in the name',
      [
        'The philosopher Luis de Miranda weaves a history of neon.',
        '“Since then, neon lights have witnessed it all,” de Miranda writes.',
      ],
      [['Since then, neon lights have witnessed it all', 'Luis de Miranda']],
    ],
    [
      'title before the name',
      ['“We will see about the deal,” said Israeli Prime Minister Benjamin Netanyahu.'],
      [['We will see about the deal', 'Benjamin Netanyahu']],
    ],
    [
      'title of state before the name',
      ['“It gives us hope for the talks,” said Secretary of State Mike Pompeo.'],
      [['It gives us hope for the talks', 'Mike Pompeo']],
    ],
    [
      'the president: the person with that role',
      [
        'Jeff Zhang, president of Alibaba Cloud Intelligence, spoke on Monday.',
        '“We are investing for the long term,” the president said.',
      ],
      [['We are investing for the long term', 'Jeff Zhang']],
    ],
    [
      'he added: the last speaker',
      [
        '“We hope to help the businesses,” said Jeff Zhang.',
        'Sales rose last year.',
        '“And we will keep on investing,” he added.',
      ],
      [
        ['We hope to help the businesses', 'Jeff Zhang'],
        ['And we will keep on investing', 'Jeff Zhang'],
      ],
    ],
    [
      'she said: the woman named in the paragraph, not the last speaker',
      [
        '“He just gives it all away,” Rothman said. He was a geophysicist and he knew it.',
        'Once Ellen Fetter arrived, Lorenz gave her a manual. She learned fast. “He carried a lot in his head,” she said.',
      ],
      [
        ['He just gives it all away', 'Rothman'],
        ['He carried a lot in his head', 'Ellen Fetter'],
      ],
    ],
    [
      'they said: the body named before',
      [
        '“I just want to be able to perform my own music,” Taylor Swift said. She was upset.',
        'Big Machine have twice denied doing anything wrong.',
        '“At no point did we say Taylor could not perform,” they said in a statement.',
      ],
      [
        ['I just want to be able to perform my own music', 'Taylor Swift'],
        ['At no point did we say Taylor could not perform', 'Big Machine'],
      ],
    ],
    [
      'a quote with no attribution continues the last speaker of its paragraph',
      [
        '“It can’t be repaired,” said Martin Indyk. He paused. “Not soon, anyway, and not by them.”',
      ],
      [
        ['It can’t be repaired', 'Martin Indyk'],
        ['Not soon, anyway, and not by them.', 'Martin Indyk'],
      ],
    ],
    [
      'a paragraph that is only a quote, after a sentence naming the speaker',
      [
        'Uber raised prices during the crisis.',
        'That opener suggests that Uber is preparing to respond in a civic manner.',
        '“… Fares have increased to encourage more drivers to come online.”',
      ],
      [['… Fares have increased to encourage more drivers to come online.', 'Uber']],
    ],
    [
      'block quotes after the paragraph naming the author',
      [
        '“I thought a lot before writing this post,” developer Ammar Askar wrote.',
        'Askar has released proof-of-concept code. Here’s how it works.',
        '> The vulnerability stems from the fact that the client is allowed to send the server data.',
        '> In my case, I chose to create lists within lists, down to five levels.',
      ],
      [
        ['I thought a lot before writing this post', 'Ammar Askar'],
        [
          'The vulnerability stems from the fact that the client is allowed to send the server data.',
          'Ammar Askar',
        ],
        ['In my case, I chose to create lists within lists, down to five levels.', 'Ammar Askar'],
      ],
    ],
    [
      'a family name given first (Korean)',
      [
        'South Korean President Yoon Suk Yeol spoke on television.',
        '“I deeply regret this and apologize,” Yoon said.',
      ],
      [['I deeply regret this and apologize', 'Yoon Suk Yeol']],
    ],
    [
      'two people joined by "and" are not one name',
      ['“We saw it first in the data,” Lorenz and Rothman said.'],
      [['We saw it first in the data', 'Rothman']],
    ],
    [
      'a participle: the subject of the sentence',
      [
        'Earlier Saturday, Yoon Suk Yeol apologized for his actions, saying they “stemmed from the urgency he felt as president.”',
      ],
      [['stemmed from the urgency he felt as president.', 'Yoon Suk Yeol']],
    ],
    [
      'he said after a fragment quoted from him in the paragraph before',
      [
        '“I will not evade responsibility for the decision,” Yoon Suk Yeol said.',
        'Lee Jae-myung, the party leader, said Yoon’s “unconstitutional and illegal declaration of martial law” caused chaos.',
        '“The democracy of this nation is now being wrecked by an unruly power,” he said Friday.',
      ],
      [
        ['I will not evade responsibility for the decision', 'Yoon Suk Yeol'],
        ['unconstitutional and illegal declaration of martial law', 'Lee Jae-myung'],
        ['The democracy of this nation is now being wrecked by an unruly power', 'Lee Jae-myung'],
      ],
    ],
    [
      'a quote right after reported speech (previous sentence)',
      [
        'On Wednesday, Jacques Barrot, vice president of the European Commission, said that the changes were necessary.',
        '"The boom in air travel needs to be accompanied by proper protection of passengers."',
      ],
      [
        [
          'The boom in air travel needs to be accompanied by proper protection of passengers.',
          'Jacques Barrot',
        ],
      ],
    ],
    [
      'the next sentence is the attributed quote (BBC style)',
      [
        '"Blogging is in this weird no man\'s land." "People think of it as being one thing or another," said Curt Hopkins.',
      ],
      [
        ["Blogging is in this weird no man's land.", 'Curt Hopkins'],
        ['People think of it as being one thing or another', 'Curt Hopkins'],
      ],
    ],
    [
      'the magazine: the body named with the noun before',
      [
        'The Powerbook was chosen by US magazine Mobile PC.',
        '"In general we included only items that were potentially mobile," said the magazine.',
        '"In the end, we tried to get to the heart of what makes a gadget," it concluded.',
      ],
      [
        ['In general we included only items that were potentially mobile', 'Mobile PC'],
        ['In the end, we tried to get to the heart of what makes a gadget', 'Mobile PC'],
      ],
    ],
    [
      'a second verb after "but"',
      [
        'EC spokeswoman Marja Quillinan-Meiland conceded there were "grey areas" but said "these are not as big as the airlines are making out".',
      ],
      [['these are not as big as the airlines are making out', 'Marja Quillinan-Meiland']],
    ],
    [
      'she said: the woman named since the last speaker (gender from her first name)',
      [
        '"Prices will fall next year," said John Doe.',
        'Mary Roe disagreed.',
        '"Rates will rise next year," she said.',
      ],
      [
        ['Prices will fall next year', 'John Doe'],
        ['Rates will rise next year', 'Mary Roe'],
      ],
    ],
    [
      'he: the man named before (gender from his first name)',
      ['John Doe runs the firm.', '"Prices will fall next year." He said rates would rise.'],
      [['Prices will fall next year.', 'John Doe']],
    ],
    [
      'a programme’s name is nobody he can stand for',
      [
        'Nicholas Negroponte is developing a laptop.',
        'He told the BBC World Service programme Go Digital he hoped it would become a tool.',
        '"We have to get the display down," he said.',
      ],
      [['We have to get the display down', 'Nicholas Negroponte']],
    ],
    [
      'narrative giving words to someone else hands the next quote over',
      [
        '"Access is restricted," said Pete Buckingham. Prints cost less, said Ms Deans. "It can cost up to £1,500."',
      ],
      [
        ['Access is restricted', 'Pete Buckingham'],
        ['It can cost up to £1,500.', 'Deans'],
      ],
    ],
    [
      'narrative quoting a third party inside the attribution hands nothing over',
      [
        '"Access is restricted," said Pete Buckingham. He added that Ms Deans had said it was too dear. "It can cost up to £1,500."',
      ],
      [
        ['Access is restricted', 'Pete Buckingham'],
        ['It can cost up to £1,500.', 'Pete Buckingham'],
      ],
    ],
    [
      'a quote after a sentence about the last speaker is theirs',
      [
        '"We have to get the display down," said Nicholas Negroponte.',
        'However, Mr Negroponte has adapted the idea to his work in Cambodia. "We put in 25 laptops three years ago." He plans to sell them by 2006. "In China they spend $17 per child on textbooks."',
      ],
      [
        ['We have to get the display down', 'Nicholas Negroponte'],
        ['We put in 25 laptops three years ago.', 'Nicholas Negroponte'],
        ['In China they spend $17 per child on textbooks.', 'Nicholas Negroponte'],
      ],
    ],
    [
      'a quote after a sentence about someone else is nobody’s',
      [
        '"We have to get the display down," said Nicholas Negroponte.',
        'The children in Maine were given laptops. "We put in 25 laptops three years ago."',
      ],
      [
        ['We have to get the display down', 'Nicholas Negroponte'],
        ['We put in 25 laptops three years ago.', null],
      ],
    ],
    [
      'a noun that looks like a speech verb: "the US state of Maine"',
      [
        'The concept is based on experiments in the US state of Maine.',
        '"Children took the laptops home every day."',
      ],
      [['Children took the laptops home every day.', null]],
    ],
    [
      'names joined by an ampersand',
      [
        'Bafta-winning artists Langlands & Bell have created a model.',
        '"The river was integral to the city for hundreds of years," said the artists.',
      ],
      [['The river was integral to the city for hundreds of years', 'Langlands & Bell']],
    ],
    [
      'abbreviated role glued before the name',
      [
        'Browns DL Sheldon Richardson weighed in on the fight.',
        'Richardson, via USA Today, said that Rudolph "can\'t antagonize a fight and then claim bullying."',
      ],
      [["can't antagonize a fight and then claim bullying.", 'Sheldon Richardson']],
    ],
    [
      'place before a surname-first name',
      [
        'China’s ambassador to Britain accused the UK of meddling.',
        'China’s ambassador to Britain Liu Xiaming has spoken.',
        'Liu said: “They are already there in the Hong Kong garrison.”',
      ],
      [['They are already there in the Hong Kong garrison.', 'Liu Xiaming']],
    ],
    [
      'he: the subject of the paragraph before, not a possessive in it',
      [
        '“That’s perfect,” Boudreau said.',
        'Barely a week ago, Parise had scored just once. Wild defenseman Ryan Suter, who joked about Parise’s penchant for changing sticks, could see the frustration.',
        '“He’s used to scoring goals, getting points,” he said.',
      ],
      [
        ['That’s perfect', 'Boudreau'],
        ['He’s used to scoring goals, getting points', 'Ryan Suter'],
      ],
    ],
    [
      'a group of doctors speaks for the organisation the article ties them to',
      [
        'The doctors, members of a recently formed group Doctors for Camp Closure, have offered help.',
        '“We implore you to allow our volunteer physicians to hold a clinic,” the physicians stated in the letter.',
        '“Flu season has already begun in many parts of the country,” the doctors stated.',
      ],
      [
        [
          'We implore you to allow our volunteer physicians to hold a clinic',
          'Doctors for Camp Closure',
        ],
        ['Flu season has already begun in many parts of the country', 'Doctors for Camp Closure'],
      ],
    ],
    [
      'a group tied to no organisation is nobody named',
      [
        'A group of physicians, alarmed that the Trump administration is denying vaccines, wrote.',
        '“We implore you to allow our volunteer physicians to hold a clinic,” the physicians stated.',
      ],
      [['We implore you to allow our volunteer physicians to hold a clinic', null]],
    ],
    [
      'a letter signed by a group is the group’s',
      [
        'The doctors, members of the group Doctors for Camp Closure, have offered help.',
        'In a Nov. 5 letter, the doctors pleaded with the administration.',
        '“This alarming mortality rate constitutes an emergency,” says the letter signed by seven physicians.',
      ],
      [['This alarming mortality rate constitutes an emergency', 'Doctors for Camp Closure']],
    ],
    [
      'a relative clause speaks for its antecedent',
      [
        'The warning was about rhetoric from Netanyahu’s Likud party, which tried to rally support by saying that Arab Israeli voters were “coming out in droves to the polls.”',
      ],
      [['coming out in droves to the polls.', 'Likud']],
    ],
    [
      'a coordinated verb speaks for the sentence’s subject, a body named before',
      [
        'Stack Overflow published its analysis. Stack Overflow also measured the demand for skills. Stack Overflow is unique.',
        'In 2016, the site surveyed more than 56,000 developers but noted that the survey was “biased against devs who don’t speak English.”',
      ],
      [['biased against devs who don’t speak English.', 'Stack Overflow']],
    ],
    [
      'the report of a colon introduction, published by the subject of the sentence before',
      [
        'Stack Overflow published its analysis of 2017 hiring trends. The report ranks ReactJS at the top.',
        'Regardless of its flaws, the report’s recommendation for those developers is a good one: “Consider brushing up on some technologies that offer higher demand.”',
      ],
      [['Consider brushing up on some technologies that offer higher demand.', 'Stack Overflow']],
    ],
    [
      'a role named before the person, the name given a paragraph later',
      [
        'China’s ambassador to Britain accused the UK of meddling and warned that the Chinese government “will not sit on our hands” if the situation worsens.',
        'China’s ambassador to Britain Liu Xiaming has spoken since.',
      ],
      [['will not sit on our hands', 'Liu Xiaming']],
    ],
    [
      'a capitalised role word opening the name is stripped',
      [
        'Singer-guitarists Tom Johnston and Patrick Simmons will tour.',
        '“We’re truly excited about our 50th Anniversary Tour,” Johnston said.',
      ],
      [['We’re truly excited about our 50th Anniversary Tour', 'Tom Johnston']],
    ],
    [
      'a hyphenated adjective opening the name is stripped',
      [
        'Braun-owned Big Machine Records replied.',
        '“At no time did we agree to it,” Big Machine Records said.',
      ],
      [['At no time did we agree to it', 'Big Machine Records']],
    ],
    [
      'a title in marks is not the subject of the introduction',
      [
        'After hitting “Takin’ It To the Streets,” the singer and guitarist told the audience, “that’s really good, maybe we should go on the road.”',
      ],
      [['that’s really good, maybe we should go on the road.', null]],
    ],
    [
      'we in the narrative is the writer: no one named',
      [
        'Ecobee redesigned its thermostat. Learn more in our review, where we called it “a very compelling option for many households.”',
      ],
      [['a very compelling option for many households.', null]],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});

// Quotes in other languages' marks and their speech verbs.
describe('findQuotes: other languages', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'de: sagte X',
      ['„Wir sind bereit für die Verhandlungen“, sagte Angela Merkel.'],
      [['Wir sind bereit für die Verhandlungen', 'Angela Merkel']],
    ],
    [
      'fr: a déclaré X',
      ['« Nous sommes prêts à négocier », a déclaré Laurent Fabius.'],
      [['Nous sommes prêts à négocier', 'Laurent Fabius']],
    ],
    [
      'fr: a ajouté X',
      ['«Pour certains on est très interrogatif», a ajouté Laurent Fabius.'],
      [['Pour certains on est très interrogatif', 'Laurent Fabius']],
    ],
    [
      'es: dijo X',
      ['«Estamos listos para negociar», dijo Mauricio Macri.'],
      [['Estamos listos para negociar', 'Mauricio Macri']],
    ],
    [
      'pt: disse X',
      ['"Estamos prontos para negociar", disse Dilma Rousseff.'],
      [['Estamos prontos para negociar', 'Dilma Rousseff']],
    ],
    [
      'pt: falou X',
      ['"Em 2012 eu errei com ele", falou Tite ao programa.'],
      [['Em 2012 eu errei com ele', 'Tite']],
    ],
    [
      'cs: řekl X',
      ['„Jsme připraveni jednat o všem“, řekl Andrej Babiš.'],
      [['Jsme připraveni jednat o všem', 'Andrej Babiš']],
    ],
    [
      'fr: selon X',
      ['« Nous sommes prêts à négocier », selon Laurent Fabius.'],
      [['Nous sommes prêts à négocier', 'Laurent Fabius']],
    ],
    [
      'es: según X',
      ['«Estamos listos para negociar», según Mauricio Macri.'],
      [['Estamos listos para negociar', 'Mauricio Macri']],
    ],
    [
      'de: so X',
      ['„Wir sind bereit für die Verhandlungen“, so Hans Müller.'],
      [['Wir sind bereit für die Verhandlungen', 'Hans Müller']],
    ],
    [
      'pt: segundo X',
      ['"Estamos prontos para negociar", segundo Dilma Rousseff.'],
      [['Estamos prontos para negociar', 'Dilma Rousseff']],
    ],
    [
      'es: llamó (called), role before the name',
      ['El jurista Carlos Nino llamó a la Argentina "un país al margen de la ley".'],
      [['un país al margen de la ley', 'Carlos Nino']],
    ],
    [
      'cs: přidává se X, role',
      ['"Nenapadá mě jediný důvod," přidává se Emile Heskey, někdejší útočník Liverpoolu.'],
      [['Nenapadá mě jediný důvod', 'Emile Heskey']],
    ],
    [
      'ja: corner brackets',
      ['彼は「明日は雨が降るでしょう、たぶん」と言った。'],
      [['明日は雨が降るでしょう、たぶん', null]],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});
