/**
 * Class and id names of page parts that are never the story. Each class token and the id are
 * tested apart, camelCase split and lower-cased ("socialShare" -> "social-share"); a row matches
 * when it starts the token or follows a "-" or "_", so "post-share-bar" and "socialShare" match
 * the share row while "shareholders" does not. `$` in a row is the end of the token. Each row is
 * a regular-expression source.
 *
 * The rows are applied on a clone of the page before Readability and again on Readability's
 * result, by `pruneBoilerplate`, which never removes an element holding a large share of the
 * text (so a `<div class="content has-sidebar">` wrapping the story is safe).
 */
export const BOILERPLATE_NAME_ROWS: readonly string[] = [
  // Share bars and social buttons: "share-tools", "social-links", "sharedaddy", "addthis".
  'share(?:s|bar|daddy|tools?|links?|buttons?|icons?|this|-|_|$)',
  'sharing',
  'social',
  'addthis',
  'addtoany',
  'a2a_',
  // Newsletter, subscription and sign-up boxes: "newsletter-signup", "subscribe-box", "paywall".
  'newsletter',
  'subscri(?:be|ption)',
  'sign-?up',
  'signin',
  'paywall',
  'piano-',
  'inline-?cta',
  'cta-',
  // Related, recommended and "more" lists: "related-posts", "recirc", "read-more", "also-read".
  'related',
  'recommend',
  'recirc',
  'more-?(?:stories|articles|news|from|on|in|like)',
  'read-?(?:more|next|also)',
  'also-?(?:read|on|like)',
  'you-?may',
  'trending',
  'popular',
  'most-?(?:read|viewed|popular|shared)',
  'outbrain',
  'taboola',
  'zergnet',
  // Comments and their forms: "comments", "comment-respond", "disqus_thread".
  'comments?(?:-|_|$)',
  'disqus',
  'respond',
  // Promotions, sponsors and ads: "promo-box", "sponsored", "ad-slot", "advert".
  'promo',
  'sponsor',
  'advert',
  'ads?(?:-|_|$)',
  'adslot',
  'dfp',
  'banner',
  // Author boxes and bios: "author-box", "about-author", "author-bio", "byline".
  'author-?(?:box|bio|info|card|details|profile|meta|wrap)',
  'about-?(?:the-)?author',
  'bio(?:-|_|$)',
  'byline',
  'contributor',
  // Pictures: captions and credits ("wp-caption-text", "image-credit", "photo-credit").
  'caption',
  'credit',
  'gallery-?(?:nav|count|controls?)',
  'slide-?count',
  'control-?(?:bar|panel)',
  'lightbox',
  // Navigation, breadcrumbs, tag lists, pagination: "breadcrumbs", "post-tags", "pager".
  'breadcrumb',
  'nav(?:bar|igation)?(?:-|_|$)',
  'menu',
  'tags$',
  'tag-?(?:list|cloud|links)',
  'pagination',
  'pager',
  'skip-?(?:link|to)',
  'jump-?link',
  // Page furniture: sidebars, widgets, footers, cookie banners, pop-ups, print headers.
  'sidebar',
  'widget',
  'footer',
  'masthead',
  'site-?header',
  'cookie',
  'consent',
  'gdpr',
  'modal',
  'popup',
  'overlay',
  'print-?(?:header|only)',
  'toolbar',
  // Dates and meta lines above the story: "entry-meta", "post-meta", "timestamp", "dateline".
  'entry-?meta',
  'post-?meta',
  'article-?meta',
  'meta-?(?:data|info|bar)',
  'timestamp',
  'dateline',
  'published-?date',
  'updated-?date',
  // Hover cards and tooltips whose hidden text sits inside sentences (CSS hides them).
  'tooltip',
  'popover',
  'hovercard',
  // Hidden by a class ("hidden", "is-hidden"); guarded by the prose share like every row, as
  // some sites fold the end of the story into a hidden block.
  'hidden(?:-|_|$)',
];

/**
 * Text for screen readers only ("sr-only", "visually-hidden", "screen-reader-text": "Opens in
 * a new window", "Image 3 of 12"): invisible on the page, removed even inside a sentence.
 */
export const SCREEN_READER_NAME_ROWS: readonly string[] = [
  'sr-only',
  'visually-?hidden',
  'screen-?reader',
  'a11y-?hidden',
  'assistive-?text',
];

/**
 * Names that protect an element even when a row above matches, because sites use them on the
 * story's own container: "article-body", "entry-content", "story-text".
 */
export const STORY_NAME_ROWS: readonly string[] = [
  'article-?body',
  'articlebody',
  'entry-?content',
  'post-?(?:content|body|text)',
  'story-?(?:body|content|text)',
  'main-?content',
];
