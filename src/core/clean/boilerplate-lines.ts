/**
 * Text of blocks that are never the story, for pages whose markup does not give them away.
 * All matching is case-insensitive on the block's whole text with white space collapsed.
 */

/**
 * Whole blocks that are a label, a button or a section title of page furniture. Compared after
 * lower-casing and dropping trailing punctuation and ellipses ("You may also like..." ->
 * "you may also like").
 */
export const LABEL_LINES: ReadonlySet<string> = new Set([
  // Ads: "Advert", "Advertisement", Indonesian "Iklan", German "Anzeige".
  'ad',
  'advert',
  'advertisement',
  'sponsored',
  'sponsored content',
  'iklan',
  'anzeige',
  'publicité',
  'publicidad',
  'publicidade',
  'pubblicità',
  'реклама',
  // Comment prompts.
  'comment',
  'comments',
  'view comments',
  'show comments',
  'leave a comment',
  'leave a reply',
  'post comment',
  'post comment (+)',
  'add comment',
  'tell us what you think',
  'join the conversation',
  'добавить отзыв',
  'comentários',
  'comentarios',
  'commenti',
  'kommentare',
  // Share and follow buttons.
  'share',
  'share this',
  'share this article',
  'share this story',
  'share tweet submit',
  'share on facebook',
  'share on twitter',
  'tweet',
  'email',
  'print',
  'whatsapp facebook pint baixar',
  'click to tweet',
  'text size',
  // Account and navigation.
  'sign in',
  'log in',
  'login',
  'register',
  'subscribe',
  'subscribe now',
  'skip to content',
  'skip to main content',
  'back to top',
  'menu',
  'close',
  'caption',
  'enlarge image',
  'enlarge this image',
  'toggle caption',
  'hide caption',
  'loading',
  'loading content',
  'continue reading',
  'continue reading below',
  'continue reading the main story',
  'read more',
  'read full article',
  'see more',
  'view gallery',
  'this slideshow requires javascript',
  // Titles of lists of other stories.
  'related',
  'related articles',
  'related posts',
  'related post',
  'related stories',
  'related content',
  'related coverage',
  'related news',
  'more stories',
  'more from',
  'more news',
  'more on this',
  'more on this story',
  'you may also like',
  'you might also like',
  'you may be interested in',
  'recommended',
  'recommended for you',
  'recommended stories',
  'trending',
  'trending now',
  'trending stories',
  'most read',
  'most popular',
  'popular',
  'popular now',
  'popular this week',
  'latest',
  'latest news',
  'latest stories',
  'recent articles',
  'recent posts',
  'breaking news',
  "don't miss",
  'highlights',
  'top stories',
  'editors picks',
  "editor's picks",
  'watch next',
  'read next',
  'what to read next',
  'see also',
  'also read',
  'further reading',
  'você pode gostar',
  'leia também',
  'veja também',
  'lea también',
  'lire aussi',
  'à lire aussi',
  'lesen sie auch',
  'mehr zum thema',
  'leggi anche',
  'baca juga',
  'читайте также',
  // Author and tag boxes.
  'about the author',
  'about the authors',
  'author',
  'tags',
  'filed under',
  'topics',
  'newsletter',
  'sign up for our newsletter',
  'follow us',
  // Reading meta: "3,409 letture" leaves "letture".
  'letture',
  'min read',
  'reading time',
]);

/**
 * Block openings that introduce a pointer to another page or a piece of furniture; the block is
 * dropped when it is short (`MAX_POINTER` characters). Examples: "Read more: Alibaba poised to
 * launch...", "RELATED: ...", "[Related: Salesforce Dreamforce...]", "SEE MORE: Hong Kong
 * protests...", "Also on rt.com Journalists & politicians...", "Tempo de leitura: 2 minutos".
 */
export const POINTER_OPENINGS: readonly string[] = [
  '\\[?\\(?(?:read|see|watch|listen)(?: (?:more|also|next|this|full story|the full story))?\\s*[:：|»›]',
  '\\[?\\(?related(?: (?:article|story|post|link|content|coverage|video|reading))?s?\\s*[:：|»›]',
  '\\[?\\(?(?:more|also) (?:on|from|in|read|see)\\b',
  "\\[?\\(?(?:recommended|trending|don't miss|must read|editor's pick|up next|watch next)\\s*[:：|»›]?",
  'also:',
  'click here\\b',
  '(?:leia|veja) (?:também|mais)\\s*[:：]?',
  'lea (?:también|más)\\s*[:：]?',
  '(?:à )?lire aussi\\s*[:：]?',
  'lesen sie (?:auch|mehr)\\s*[:：]?',
  '\\(?leggi anche\\b',
  'baca juga\\s*[:：]?',
  'читайте также',
  'tempo de leitura\\s*[:：]',
  'filed under\\s*[:：]',
  'tags?\\s*[:：]',
  'tagged\\s*[:：]',
  'categor(?:y|ies)\\s*[:：]',
  'topics?\\s*[:：]',
  'source\\s*[:：]\\s*\\S+(?:\\s+\\S+){0,3}$',
  'via \\S+\\.\\w+$',
];

/** Longest block a pointer opening may start (longer blocks are story paragraphs). */
export const MAX_POINTER = 300;

/**
 * Phrases that mark a block of at most `MAX_PHRASE_BLOCK` characters as a promotion, newsletter
 * or follow prompt, correction boilerplate, copyright or credit line. Each is specific enough
 * not to occur in a story paragraph of that length. Examples: "Follow Newsbeat on Instagram,
 * Facebook, Twitter and YouTube.", "Sign up for The Water Coolest today to get the free daily
 * newsletter delivered to your inbox daily.", "This article was originally published on The
 * Conversation.", "Keith Bradsher contributed reporting from Hong Kong.", "Copyright © 2019 Press
 * TV. All rights reserved.", "Interested in hearing industry leaders ...? Attend the ...".
 */
export const FURNITURE_PHRASES: readonly string[] = [
  // Follow and share prompts.
  '\\bfollow (?:us|him|her|them|me|@\\w+|[\\w.&-]+(?: [\\w.&-]+){0,3}) (?:on|at|via) (?:twitter|facebook|instagram|linkedin|youtube|tiktok|threads|mastodon|social media)\\b',
  '\\bfollow (?:us|him|her|them|me) (?:@\\w+|on\\b)',
  '\\b(?:like|enjoy(?:ed)?|love) this (?:story|article|post)\\b.*\\bshare\\b',
  '\\bshare (?:it|this) with (?:a|your) friends?\\b',
  '\\bclick to tweet\\b',
  // Newsletters and subscriptions.
  '\\bsign up (?:for|to)\\b.*\\b(?:newsletters?|e-?mail (?:alerts|updates)|alerts|briefing|inbox)\\b',
  '\\bsubscribe to [\\w\\s.&-]{1,40}(?:newsletter|channel|podcast|magazine|on youtube|and stay|for (?:more|the latest|all))',
  '\\bnewsletters?\\b.*\\b(?:inbox|sign up|subscribe|delivered)\\b',
  '\\b(?:delivered|straight|right) (?:to|in|into) your inbox\\b',
  '\\b(?:on the go|for the latest) by clicking here\\b',
  '\\bclick here (?:to|for)\\b',
  // Events and sponsors: "Interested in hearing industry leaders ...? Attend the ...".
  '\\binterested in hearing\\b',
  '\\battend (?:the|our) [^.]{0,80}\\b(?:expo|conference|summit|event|series|webinar)[^.]{0,120}\\bto learn more\\b',
  '\\bthis (?:post|article|page|content) (?:may contain|contains) affiliate\\b',
  '\\b(?:may|might|could) (?:earn|receive|get) (?:an? )?(?:small )?(?:share of (?:sales|revenue)|(?:affiliate )?commission)\\b',
  '\\b(?:we use|contains|through) (?:income earning )?(?:auto )?affiliate links?\\b',
  // Republication and correction boilerplate.
  '\\b(?:this|the) (?:article|story|piece|post) (?:was|is|has been) (?:originally |first )?(?:published|republished|reproduced|adapted)\\b',
  '\\boriginally (?:published|appeared) (?:on|in|at) (?!\\d)',
  '\\brepublished (?:with permission|from|under)\\b',
  '\\b(?:an earlier|a previous) version of this (?:article|story)\\b',
  '\\bthis (?:article|story) has been (?:updated|corrected)\\b',
  '^correction\\s*[:：]',
  '^updated (?:at|on) \\d',
  // Credits of the reporting: "Reporting by ...; Editing by ...", "X contributed to this report".
  '^\\(?(?:additional )?reporting by\\b',
  '(?:^|[;,.] )(?:editing|edited|writing|additional reporting) by\\b',
  '\\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\\b',
  // Contact lines: "Have a tip? Amy may be reached at ...", "Write to Al Root at ...".
  '\\bhave a (?:news )?tip\\b',
  '\\b(?:can|may) be reached (?:at|by|via)\\b',
  '^(?:write|email|e-mail|contact) (?:to )?[\\w .-]{1,40} at \\S+@',
  '\\blet us know at\\b',
  '\\bjoin (?:our|the) [\\w\\s]{0,30}(?:forums?|community)\\b',
  '\\blisten to [\\w\\s]{0,30}\\b(?:live|podcast)\\b.*\\b(?:here|weekdays|wherever)\\b',
  // Copyright lines.
  '\\ball rights reserved\\b',
  '^(?:copyright|©|ⓒ|\\(c\\))\\s*(?:©|ⓒ|@)?\\s*(?:\\d{4}|[\\w.]+)',
  '\\bcopyright (?:©|ⓒ|@|\\(c\\))',
  '무단전재',
  '\\bthis document is subject to copyright\\b',
  '\\bthe contents of this site are ©',
  // Cookie and consent banners.
  '\\b(?:this|our) (?:web)?site uses cookies\\b',
  '\\bby continuing to (?:browse|use) (?:this|our|the) (?:site|website)\\b',
  // Comment moderation notes.
  '\\bcomments? (?:are|is) (?:moderated|closed)\\b',
  '\\bwe are temporarily moderating\\b',
  '\\bcomentários com\\b',
];

/** Longest block a furniture phrase may condemn. */
export const MAX_PHRASE_BLOCK = 320;

/**
 * Picture credits and captions: a block that is only a credit ("Photo: Damian Dovarganes, AP",
 * "(Image: © NASA/ESA/K. Retherford/SWRI)", "Image copyright Getty Images", "Picture credit:
 * Alibaba", "Getty Images", "Sakib Ali/Hindustan Times/Getty Images", "© Amazon"), or a short
 * caption that ends with one ("The plague wiped out half of Europe (Image: GETTY)", "...in
 * MayCredit: The Siberian Times").
 */
export const CREDIT_LINES: readonly string[] = [
  '^\\(?(?:photo|picture|image|pic|foto|bild|imagen|illustration|graphic|photograph)s?(?: (?:credit|courtesy|copyright|caption|source))?\\s*(?:[:：]|©)',
  '^\\(?(?:photo|picture|image|illustration|photograph)s? (?:by|courtesy of)\\b',
  '^\\(?credits?\\s*(?:[:：]|\\.\\.\\.)',
  '^image (?:copyright|caption)\\b',
  '^\\(?(?:©|ⓒ|copyright)\\s*\\S',
  '^[^.!?]{0,80}/\\s*(?:getty images|getty|afp|ap|reuters|epa|shutterstock|istock|alamy|bloomberg|the new york times|nyt)(?: via getty images)?\\.?$',
  '^(?:getty(?: images)?|ap|afp|reuters|epa|shutterstock|istock|alamy|pa|rex|rex features|supplied|handout)(?:\\s*[/|-]\\s*[\\w .]+)?$',
  '(?:\\((?:photo|image|picture|credit|pic|foto|source)s?(?: credit)?\\s*[:：][^)]{1,80}\\)|\\((?:ap|afp|reuters|getty(?: images)?|epa)(?: photo)?[^)]{0,60}\\)|credit\\s*[:：][^.]{1,80}|\\bcredit\\.\\.\\.[^.]{1,80})\\.?\\s*$',
  '\\((?:photo|photograph|picture|image) by [^)]{2,80}\\)\\.?$',
  '\\|\\s*(?:getty(?: images)?|ap|afp|reuters|bloomberg|epa|shutterstock)\\s*$',
];

/** Longest block a credit rule may condemn (a caption with its credit). */
export const MAX_CREDIT_BLOCK = 300;
