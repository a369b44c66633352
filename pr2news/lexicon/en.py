"""English cue words: release headers, end marks, wire chrome, contacts, dates."""
import re

from .. import fastre
from .common import AtLineEnd, Cues, Lexicon


def _rx(*patterns):
    return Cues(patterns)


_MEDIA_WORDS = r"videos?|photos?|photographs|images|audio|b-roll|footage|recording|livestream|webcast|slides"
_NETWORK = r"(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|youtube|tiktok|flickr|nextdoor|social media)\b"
# what to ask about, then whom: For registration and further information regarding the event please contact
# what a question is about: For questions about the closure, / related to this release, / regarding the event,
_ABOUT_WHAT = r"(?: (?:about|on|regarding|concerning|related to|relating to) [^,]{1,60})"
_ASK_ABOUT_THEN_CONTACT = r"for (?:registration|accreditation|interviews?|information|details)\b[^.:]{0,80}?\bplease\s+(?:contact|call|email)"

LEXICON = Lexicon(
    lang="en",
    chrome_exact=frozenset("""
        skiptomaincontent skiptocontent skipnavigation skiptomainnavigation mainmenu menu search home share print
        printerfriendlyformat printerfriendly printthispage emailthispage email tweet facebook twitter linkedin x
        reddit whatsapp pinterest submitrelease newssearch back backtotop top close subscribe login signin register
        readmore previous next previousarticle nextarticle related relatedarticles relatedstories relatednews
        relatedmedia relatedlinks relateddocuments relatedvideos relatedresources relatedcontent
        tags categories pressreleases newsreleases news inthenews newsroom mediaadvisory mediaadvisories pressrelease
        newsrelease statement mediarelease mediastatement archived translate advertisement advertising hidead skipad closead adchoices
        sponsored sponsoredcontent ad ads image body photo video audio gallery comments comment leaveacomment
        viewcomments signup newsletter list prev save savearticle bookmark copylink
        captions subtitles fullscreen mute unmute pause play playvideo
        listen listentoarticle listentothisarticle textsize giftarticle giftthisarticle sharefullarticle reprints
        subscribenow logout createaccount follow following saveforlater printarticle emailarticle copyurl linkcopied
        reportanerror showcomments hidecomments readnext upnext recommendedforyou dontmiss morestories promoted
        paidcontent skipad closead shareonfacebook shareontwitter shareonlinkedin sharebyemail shareviaemail
        translatethispage selectlanguage poweredbygoogletranslate allnews mediacentre mediacenter privacypolicy termsofuse
        termsandconditions sitemap followus rss rssfeed mediareleaseshome newsreleaseshome ratethispage
        reportaproblemwiththispage pinit onthispage inthissection topofpage
        printfriendly pdf vieworiginal download
        """.split()),
    chrome_patterns=_rx(
        # the release's number and the agency's hotline set beside it: Release #07-132 CPSC Hotline: (800) 638-2772
        r"^(?:news\s+|press\s+)?release\s*(?:#|no\.|number)\s*[\w/.-]*\d[\w/.-]*(?:\s+[\w ]{0,30}hotline\s*:?\s*[\d() .-]{7,20})?$",
        r"^\d[\d,]*\s*(?:hits?|views?|downloads?)\s*/\s*[\d.,]+\s*[kmg]?b$",  # an attached file's counter and size: 53 hit/ 297.7 KB
        # an image's name: its caption's words with PIC or IMG after them (… Rescue Hiker in Wicomico County PIC)
        r"^.{3,160}\s(?-i:PIC|IMG)$",
        # a site's banner: its logo's text, then the section's name (Vermont National Guard Logo Press Releases)
        r"^(?:[\w&.'’-]+\s+){1,6}logo\s+(?:press releases?|news(?:room)?|media(?: releases?| cent(?:re|er))?|home)$",
        # a blog's comment form under the post (WordPress's anti-spam notice)
        r"^this site uses akismet to reduce spam\b", r"^learn how your comment data is processed\b",
        # … and the blog's line about the post under it: This entry was posted in Uncategorized. Bookmark the permalink.
        r"^this (?:entry|post) was posted (?:in|on|by)\b[^!?]{0,160}$", r"^bookmark the permalink\.?$",
        # a linked file's type and size, left where the link was: [PDF, 99kb], (PDF 13 KB), [DOCX - 1.2 MB]
        r"^[\[(]\s*(?:pdf|docx?|xlsx?|pptx?|rtf|odt|csv|zip|hwpx?)\s*[,:–-]?\s*[\d.,]+\s*[kmg]i?b\s*[\])]$",
        # a blog template's sample text left in place: This is default featured slide 1 title / Go to Blogger edit html …
        r"^this is (?:the )?default featured (?:slide|post|image) \d+ title$", r"^go to blogger edit html\b",
        # a browser's offer of push notifications, its icon's name left as text
        r"^push icon$", r"\benable push notifications\b[^.!?]{0,40}",
        # a news page's notice under an article closed to comments: Sorry, we are not accepting comments on this article.
        r"^(?:sorry,?\s+)?(?:we are|we're|we do)\s+not\s+(?:accepting|taking|allowing)\s+comments\b[^!?]{0,40}[.!]?$",
        r"^comments\s+(?:are|have been)\s+(?:closed|disabled|turned off)\b[^!?]{0,40}[.!]?$",
        # a reposting site's lead-in to the release it copies (June 23, 2022 — The following was released by …:)
        r"^(?:[^.!?]{0,40}\s[—–-]\s)?the following (?:was|is|has been) (?:released|issued|published|distributed|"
        r"provided|announced|sent) by [^.!?]{3,120}[:.]$",
        # a link to the whole story, in other words: Click here to read the full story.
        r"^click here (?:to|for) (?:read|view|see|the)\b[^.!?]{0,20}\b(?:full|whole|complete|rest|entire)\b[^.!?]{0,30}[.!]?$",
        # a web application's own status messages, copied with the page: An unhandled error has occurred. Reload
        r"^an unhandled error has occurred\b", r"^(?:rejoining|attempting to reconnect to) the server\b",
        r"^(?:rejoin|reconnection) failed\b", r"^the session has been paused by the server\b",
        r"^(?:please )?retry or reload the page\b", r"^you need to enable javascript to run this app\b",
        # a notice that the page needs scripts, in the site's words: Please note javascript is required for full
        # website functionality. / JavaScript is disabled in your browser / Please enable JavaScript to view …
        r"^(?:[^.!?]{0,40}\s)?javascript\s+(?:is|must be|has to be|needs to be|seems to be)\s+(?:currently\s+)?"
        r"(?:required|needed|necessary|enabled|disabled|turned (?:on|off)|switched off|not enabled)\b",
        r"^(?:please\s+|you\s+(?:must|need to|should|have to)\s+|(?:this|the)\s+(?:web\s?site|site|page|application|app"
        r"|content|feature|form|map|video)\s+)?(?:enable|activate|turn on|switch on|requires?|needs?)\s+(?:your\s+)?javascript\b",
        # an image's file name with its size, shown for a missing picture: Mayor Anita Baker-extend-base-768x402px
        r"^[^.!?]{0,80}[-_ ]\d{2,4}\s?[x×]\s?\d{2,4}(?:px)?$",
        # a category or link of three words at most, cut short by an ellipsis: General Information...
        r"^(?-i:(?:[A-Z][\w&'’-]*\s+){0,2}[A-Z][\w&'’-]*)\s*(?:\.\.\.|…)$",
        # a link to more, behind its arrow: » More Information on New York Severe Storms …
        r"^[»›]\s*(?:more|further|additional|related)\s+(?:information|info|details|news|stories|resources|photos)\b",
        r"^!\[[^\]]*\]\([^)]*\)", r"^skip to", r"^spread the love$",   # a share plugin's heading
        r"^(?:go|jump|move) to (?:the )?(?:main )?(?:content|navigation|menu|search)$",   # a skip link in other words
        # a banner about the reader's browser: Your browser is not supported / … update to a compatible browser
        r"^your (?:web )?browser is (?:not supported|out of date|outdated|not compatible)\b",
        r"\b(?:does not|doesn't|do not|don't) support the (?:web )?browser you are using\b",
        r"^(?:for a better (?:browsing )?experience,? )?(?:please )?(?:update|upgrade|switch) (?:to )?(?:a |your )?(?:compatible|modern|newer|supported|latest|different) (?:web )?browser\b",
        r"^issued at (?:hkt\s*)?\d{1,2}[:.]\d{2}$",   # the hour a government's release went out, printed under it
        r"^(?:news |press |media )?release issued at \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?,?.{0,30}$",
        # an archive's notice over an old page, in other words: Please note that older content is archived …
        r"^please note that (?:older|this|archived) (?:content|page|information) (?:is|has been|was) archived\b",
        r"^this (?:page|content) may contain information that (?:is|may be) (?:outdated|out of date|no longer)\b",
        r"^skip (?:navigation|nav|menu|links?)\b",  # skip navigation , health centers , search , …: the page's menu row
        # a news site's furniture between paragraphs: follow and app prompts, galleries, paywalls, feedback widgets
        r"^(?:follow|join) (?:us|our \w+) on (?:google news|whatsapp|telegram|instagram|facebook|twitter|x|linkedin|youtube)\b.{0,40}$",
        r"^join our (?:whatsapp|telegram) (?:channel|group|community)\b.{0,40}$", r"^follow @\w+ on (?:twitter|x|instagram)\b.{0,20}$",
        r"^download (?:our|the) (?:free |new )?app\b.{0,60}$", r"^comments? (?:are|is) (?:now )?closed(?:,? but trackbacks and pingbacks are open)?\.?$",
        r"^have your say(?:\s*[:!.]?|\s*[:—–-]\s.{1,40}| on this (?:story|article|post)\W{0,3})$", r"^trending(?: now| stories)?$", r"^scroll (?:down )?to continue(?: with content| reading)?\.?$",
        r"^click (?:here )?to (?:subscribe|enlarge|view (?:the )?(?:gallery|larger image|full image))\b.{0,30}$",
        r"^(?:view|open|see) (?:the )?(?:photo |image )?gallery\b.{0,30}$", r"^open image in gallery$", r"^enlarge (?:image|photo|picture)$",
        r"^want to read more\??$", r"^already (?:a subscriber|a member|have an account)\?", r"^subscribe (?:now )?to (?:continue|keep) reading\b",
        r"^this (?:article|story|content) is (?:only )?(?:for|available to) (?:subscribers|members)\b", r"^donate (?:now|today)\.?$",
        r"^get the latest (?:news|updates|headlines)\b.{0,50}$", r"^yes\s+no$", r"^advertisement\s*[-–—:]?\s*(?:scroll|continue)\b.{0,30}$",
        r"^newsletter sign[- ]?up$", r"^page id\s*[:：]\s*\d+$", r"^your email address will not be published\.?", r"^was this (?:page|article|information) (?:helpful|useful)\??(?:\s+yes\s+no)?$",
        # an archive's notice over an old page: Archive This press release is from 2004 and may contain …
        r"^(?:archived?\s*[:：]?\s*)?this (?:press release|news release|release|article|page|story|item|post) (?:is from (?:19|20)\d{2}|is (?:more than |over )?\d+ years? old|has been archived)\b",
        r"^this page has been archived on the web$", r"^information identified as archived is provided for reference\b",   # a government site's archive notice
        # a site's notice that the page's item is no longer current: The original item was published from 10/1/2026 9:00 AM to …
        r"^the original (?:item|article|post|page) was (?:published|posted|available) from\b",
        r"^please enter your (?:comment|name|e-?mail(?: address)?)(?: here)?\s*!?$",   # a blog's comment form under the post
        r"^(?:\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}\s+)?posted in\s+(?:\[[^\]]{2,40}\]\([^)]{1,100}\)|[A-Z][\w ,&-]{1,40})$",   # 16 Mar 2009 Posted in [Press releases](…): a post's category
        r"^for more news(?: and (?:analysis|updates|information))? (?:about|on|from) .{2,40}\bfollow\b",   # a site's own promotion
        r"^get real[- ]?time updates\b.{0,60}\bsubscribe\b",   # a push-notification prompt: Get real time updates … subscribe now.
        r"^(?:editor[’']?s\s+|translator[’']?s\s+)?note\s*[:：]\s*(?:the following|this)\b.{0,160}\b(?:translat\w*|transcri\w*)\b",  # Note: The following text is a translation published by …
        r"^[\w .&'’-]{1,30}[:,(-]?\s*(?:opens?|will open|link opens)\s+(?:in\s+)?(?:a\s+)?new\s+(?:window|tab)\)?$",  # x: opens new window (a share link's label)
        # a link back or on, by its words: « Back to News & Notices, Return to the news list, Follow link for …
        r"^[«‹←◀◄◂]+\s*\S.{0,60}$",
        r"^(?:for|to (?:view|download|read|see|get))\b.{0,60}\bclick here\b",  # for the PDF of this Press Release, click here.
        r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$",  # a page template's slot name left in the text: default_news_ad1
        r"^\S.{0,70}\b(?:feature|featured|header|hero|banner|main|lead)\s+(?:image|photo)$",  # an image's alt text
        r"^welcome to (?:our|the)\b.{0,60}\b(?:portal|page|site|website|newsroom|archive)\b",  # the archive page's greeting
        # how long ago the page was posted, alone on its line: 4 weeks 1 day ago, 3 hours ago
        r"^(?:posted\s+)?(?:(?:\d+|an?)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?),?\s+){1,3}ago(?:\s+\d{1,5})?$",
        r"^(?:back|return|go back)\s+to\s+(?:the\s+)?(?:top|home|homepage|list|index|search|results|previous page|all\b.{0,40}|"
        r".{0,40}\b(?:news|notices|releases|updates|stories|articles|listing|newsroom|statements|announcements|advisories|"
        r"speeches|briefings|posts|alerts|incidents|events|notices|reports|bulletins|media releases|web page))\b.{0,30}$", r"^(?:follow|click|see)\s+(?:this\s+|the\s+)?link\s+(?:for|to)\s+\S.{0,60}$", r"^(?:image|photo|slide|picture)\s+\d+\s+of\s+\d+$",  # a gallery's counter
        # a browser's print stamp and page footer: 10/2/25, 9:14 AM / https://example.gov/news/123 1/2
        r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*[AP]M$", r"^\d{2,4}\.\s*\d{1,2}\.\s*\d{1,2}\.\s*(?:오전|오후)\s*\d{1,2}:\d{2}$",
        r"^(?:https?://|www\.)\S+\s+\d{1,3}\s*/\s*\d{1,3}$",
        # a finance page's ticker widget (In this article: HLVR -1.24%) and a newswire's name alone over its copy
        r"^(?:in this (?:article|story)\s*:\s*)?(?:\$?(?-i:[A-Z]{1,5}(?:\.[A-Z]{1,2})?)\s+[+\-−]?\d+(?:\.\d+)?%\s*)+$",
        r"^in this (?:article|story)\s*:\s*(?:(?-i:[A-Z]{1,5})\b[\s,]*)+$",
        r"^(?:business ?wire|pr ?newswire|globe ?newswire|accesswire|newsfile(?: corp\.?)?|ein presswire|prweb|marketwired)$",
        # a language switcher: KOREAN | ENGLISH | 中文
        r"^(?:(?:korean|english|한국어|영어|中文|简体中文|繁體中文|日本語|español|français|deutsch|русский|tiếng việt|"
        r"ภาษาไทย|bahasa(?: indonesia)?|монгол|o'zbek)\s*[|/·]?\s*){2,}$", r"^(?:category|categories|tags?|(?:related )?topics?|filed under)\s*:",
        # a site's section: News Releases from Region 07 (short: a long line so opened is a release's own title,
        # PRESS RELEASE BY THE MINISTRY FOR … “We will …” – Minister …)
        r"^(?:news|press|media) releases? (?:from|by|for)\s+\S.{0,60}$",
        # a sign-in wall's consent line and a social page's counters and buttons
        r"^by (?:clicking|continuing|signing (?:in|up)|using|tapping|registering|subscribing)\b.{0,120}\byou (?:agree|accept|consent)\b",
        r"^[\d,.]+\s*[km]?\s+(?:followers|members|subscribers|connections)$", r"^report this (?:post|comment|article|profile)$",
        r"^.{2,80}['’]s (?:post|activity)$",   # a social page's heading over the post: Harlow Airport Authority's Post
        r"^@[a-z0-9_.]{2,30}$",   # a social account's handle over each of its posts (@gimhae_cityhall)
        # a mail's confidentiality notice, in whatever words the sender's organisation chose
        r"^this (?:e-?mail|message|communication)(?: and any (?:files|attachments?)(?: transmitted with it)?)? "
        r"(?:may contain|contains|is|are) (?:confidential|privileged|intended)",
        r"^if you are not the intended recipient\b", r"^please do not (?:disclose|copy|distribute|forward)\b.{0,80}\be-?mail\b",
        # a site's alert banner on one line, its link after it: ELECTION ALERT: The deadline … Check your status »
        r"^(?:[\w-]+\s+){0,3}(?:alert|notice|update|advisory|warning|announcement)s?\s*:\s.{10,300}[»›→]\s*$",
        # a reposting site's note over the release it carries: The following is a news release from the …
        # (a bare 'statement' opens the statement itself: The following is a statement from the Administrator on …)
        r"^(?:the following|below) is an? (?:(?:press|news|media) (?:release|statement|announcement|advisory)|release|announcement|advisory)\s+(?:from|by|issued|provided)\b",
        r"^the following (?:(?:press|news|media) )?(?:release|statement|announcement) (?:was|is|has been) (?:issued|provided|released|sent|distributed)\b",
        # the release in another language: This news release is also available in French / Ce communiqué est
        # également disponible en anglais / Disponible en español
        r"^(?:this (?:news |media |press )?(?:release|statement|advisory|page|information) is )?(?:also )?available in "
        r"(?:french|english|spanish|chinese|korean|vietnamese|arabic|welsh|irish|gaelic|māori|maori|te reo māori|"
        r"other languages)(?:\s+(?:at|on)\s+\S+)?\.?$",
        # … and the same note in French (La version française du présent avis est accessible sur le site …)
        r"^(?:la )?version (?:française|anglaise)\b.{0,80}\b(?:accessible|disponible)\b",
        r"^(?:ce (?:communiqué|document|texte) est )?(?:également |aussi )?disponibles? en (?:français|anglais|espagnol)"
        r"(?:\s+(?:sur|à)\s+\S+)?\.?$",
        r"^(?:este (?:comunicado|documento) (?:también )?está )?disponible (?:también )?en (?:español|inglés|francés)"
        r"(?:\s+en\s+\S+)?\.?$",
        # … and where to read it in Spanish: Para leer este comunicado en español, visite nuestro sitio web.
        r"^para (?:leer|ver|consultar) (?:este|esta|el|la) .{0,40}en (?:español|inglés)\b",
        r"^(?:story|article) continues (?:below|after)(?: (?:the |this |a )?(?:advertisement|ad|sponsor(?:ed)? message|message from (?:our )?sponsors?))?$", r"^continue reading below$",
        # a phone's screen captured with the text: its status bar (오후 3:12 … LTE 87%) and its browser's address bar
        # (← gbe.kr/main/… ⋮)
        r"^(?:오전|오후)?\s*\d{1,2}:\d{2}(?:\s*[ap]m)?\s.{0,40}\d{1,3}\s*%\s*\S{0,2}$",
        r"^[←⟵]\s*(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?\s*[⋮:]?$",
        # a text-message alert service's instructions: Reply with HARBOR to …, Text PAPDALERTS to 888777 to …,
        # Reply STOP to unsubscribe. Msg & data rates may apply.
        r"^(?:reply|text)\s+(?:with\s+)?(?-i:[A-Z0-9]{2,15})\s+to\b", r"\bmsg\.?\s*(?:&|and)\s*data rates may apply\b",
        r"^(?:share|print|email|tweet|like)(?:\s+(?:this|on|via|share|print|email|tweet|facebook|twitter|linkedin|x))+\b",
        r"^(?:facebook|twitter|linkedin|email|print|share|reddit|whatsapp|pinterest|x|me2day|yozm|요즘)(?:\s*[|/·]?\s*(?:facebook|twitter|linkedin|email|print|share|reddit|whatsapp|pinterest|x|me2day|yozm|요즘|google\+?|band|kakao(?:story|talk)?))+$",
r"^important\s*[-–:]", r"^posted in\b", r"^(?:\d+|no)\s+(?:views?|comments?|shares?)\s*:?$",
        # a camera's or a phone's file name left for a photo: 20190106_114006, IMG_20190106_114006.jpg
        r"^(?:img|dsc|dscf|pxl|screenshot|kakaotalk)?[_ -]?\d{8}[_-]\d{6}(?:[_-]\d{1,4})?(?:\.(?:jpe?g|png|gif|heic|webp))?$",
        # a read-time widget: 3 min read, Reading time: 4 minutes
        r"^\d{1,2}\s*(?:min|minutes?)\.?\s*(?:read|to read)$", r"^(?:estimated\s+)?reading time\s*[:：]?\s*\d{1,2}\s*(?:min|minutes?)\.?$",
        # a post's author with its counters: By jdoe-2975 Views-No Comment, By Staff | 12 views | 3 comments
        r"^by\s+\S[^|]{0,40}?(?:[\s|·•–—-]+(?:[\d,]+|no)\s+(?:views?|comments?|shares?)){1,3}\s*$",
        # a blog's comment box: Post a Comment, Note: Only a member of this blog may post a comment.
        r"^(?:post|leave|add|write) a comment\b.{0,20}$", r"^(?:note:\s*)?only\b.{0,40}\bmay (?:post|leave) a comment\.?$",
        r"^you must be (?:logged|signed) in to (?:post|leave|add|write) a comment\b.{0,20}$",   # … Login
        # a newsletter's sign-up blurb: Stay up to date on the Township's activities … by subscribing to …
        r"^(?:stay|keep) (?:up to date|up-to-date|informed|connected|in the loop)\b.{0,120}\bsubscrib",
        # … or by signing up, or by following the site's channels (To keep up to date on these … please follow the
        # following channels:)
        r"^(?:to )?(?:stay|keep) (?:up to date|up-to-date|informed|connected|in the loop)\b.{0,120}\b(?:signing up|sign up "
        r"for|newsletter|follow (?:the following|our|us)|channels)\b",
        r"^(?:views?|comments?)\s*[:：]?\s*[\d,]+$", r"^(?:\s*date\s+\d{4}-\d{2}-\d{2})", r"^[\d,]+%?$",
        r"^\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$",   # an audio player
        r"^(?:font size|text size|a\+?\s*a-?)", r"^(?:listen|listen to this|read aloud)",
        r"^(?:last )?(?:updated|modified)\s*[:：]?\s*\w+\s+\d",
        r"^page\s+\d+", r"^(?:home|news)\s*[›>»/|]",
        r"(?:^|[|·•–—]\s*)page\s+\d{1,3}\s+of\s+\d{1,3}$",    # a PDF's page footer: Agency | 400 Front St | Page 1 of 2
        r"^[^.!?]{0,100}\s(?:\d{5}|[A-Z]\d[A-Z] ?\d[A-Z]\d)\s+page\s+\d{1,3}\s+of\s+\d{1,3}$",  # … OR 97999 Page 1 of 2
        # the next page's head: PORT OF SALTMARSH BAY - NEWS RELEASE (continued)
        r"^[^.!?]{0,80}\((?:continued|cont'?d\.?)\)$",
        r"^the following links? opens? in a new (?:tab|window)", r"\(opens? in (?:a )?new (?:tab|window)\)\s*$",
        # the banner an official site prints over every page: An official website of the United States government /
        # Here's how you know / Official websites use .gov / Secure .gov websites use HTTPS / A lock … means you've …
        r"^an official (?:web)?site of the\b.{0,40}\bgovernment$", r"^here(?:'|’)?s how you know$",
        r"^(?:official|secure) (?:\.\w+ )?websites use\b", r"^an? (?:\.\w+ )?website belongs to an official\b",
        r"^an? lock\b.{0,40}\bmeans you(?:'|’)?ve safely connected\b",
        r"^(?:cookies on|we use (?:some )?(?:essential )?cookies|accept (?:additional |all )?cookies|reject (?:additional |all )?cookies)",
        # a rating widget under a post: How useful was this post? / Click on a star to rate it! / Average rating 0 / 5.
        r"^how (?:useful|helpful) was this (?:post|article|page|story)\?", r"^click on a star to rate it\b",
        r"^average rating:?\s*[\d.]+\s*/\s*5\b", r"^no votes so far!?(?: be the first to rate this (?:post|article|page))?",
        # a sign-up form's consent box and a profile picture's alternative text
        r"^i (?:agree|consent) to (?:the |your )?(?:privacy policy|terms)\b", r"^avatar(?:\s+(?:photo|image|picture))?$",
        # … and its fine print and prompt: By clicking "Subscribe" I confirm I have read … the Privacy Policy; Get
        # updates in your mailbox
        r"^by (?:clicking|subscribing|signing up|submitting)\b.{0,80}\b(?:privacy policy|terms of (?:use|service))\b",
        r"^(?:get|receive) (?:our |the latest )?(?:news|updates|newsletters?|alerts)(?: and \w+)? (?:in|to|straight to|delivered to) your (?:mailbox|inbox)\b",
        # a broadcaster's credit for the copy: News courtesy of Radio Television Brunei
        r"^(?:news|story|report|article|text)\s+(?:by\s+)?courtesy\s+of\s+[^.!?]{2,60}$",
        # … and a reposter's over the copy it runs: Courtesy of the Cariboo Regional District: / Submitted by the Town
        r"^(?:courtesy\s+of|submitted\s+by|provided\s+by|contributed\s+by)\s+(?:the\s+)?(?-i:[A-Z])[^.!?:]{1,70}[:.]?$",
        # a cookie banner: This website uses cookies to …; its buttons (Accept all  Reject non-essential  Cookie settings)
        r"^this (?:web)?site uses (?:some )?cookies\b", r"^(?:accept|reject|allow|manage)\b.{0,40}\bcookies? (?:settings|preferences)$",
        # a share row behind its label: Share: Facebook  LinkedIn  Email  Copy link
        r"^share(?: this)?\s*[:：]\s*(?:facebook|twitter|linkedin|email|e-mail|x|copy link|print|whatsapp|reddit|bluesky)\b",
        # a cookie banner's request: We'd like to set additional cookies …, We would also like to use analytics cookies …
        r"^we(?:'d|’d| would) (?:also )?like to (?:use|set) (?:some )?(?:additional |analytics |optional |non-essential )?cookies\b",
        r"^\[[^\[\]]{1,30}\]\s*\[\d{1,2}:\d{2}\s*[ap]m\]$",   # who sent a message of a chat export, and when
        r"^we (?:also )?use (?:some )?(?:additional |analytics |optional |non-essential |third-party )?cookies\b",
        r"^(?:view|change|manage|set) (?:your )?cookies?(?: settings| preferences)?$",
        r"^(?:read|view|watch|download|see|click|learn|listen to)\b.{0,80}\b(?:in full|here|more|online|the full \w+)\s*\.?$",
        # a pointer to a document the page links: Full text of the bill is available here.
        r"^(?:the\s+)?full\s+(?:text|report|statement|remarks|transcript|video|letter)\b[^.!?]{0,60}"
        r"\b(?:is|are)\s+available\s+(?:here|online|below|at\b)[^.!?]{0,40}\.?$",
        # a link's words, no sentence: Read more about hepatitis A, Learn more on the program page
        r"^(?:read|learn|find out|see) more (?:about|on|at)\b[^.!?]{1,60}$",
        # a note that the page's media can be had: Council meeting video is available. / Photos available here
        # (Photos and a b-roll package are available to journalists on request.)
        r"^(?:[\w-]+\s+){0,3}(?:" + _MEDIA_WORDS + r")(?:\s+(?:and|&)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:" + _MEDIA_WORDS + r"|package|kit))?"
        r"\s+(?:(?:is|are)\s+)?(?:now\s+)?available(?:\s+(?:online|here|below|above|for download))?"
        r"(?:\s+(?:to|for)\s+(?:journalists|reporters|(?:the\s+)?(?:news\s+)?media))?(?:\s+(?:on|upon)\s+request)?\s*\.?$",
        # newsletters and e-mail copies, sign-up and comment prompts, read-time widgets, image file names
        r"^(?:view|read) (?:it |this )?(?:as a web page|in (?:your |a )?(?:web )?browser|online)\b",
        r"^(?:having trouble|trouble) viewing this",
        # a newsletter prompt: news sites embed it between paragraphs, so it says nothing about where the text ends;
        # and its pitch (Get the day's top stories delivered to your inbox …)
        r"\b(?:delivered|sent|straight|right) (?:to|in) your inbox\b.{0,40}$",
        r"^(?:sign up|subscribe) (?:for|to) (?:our|email|the)\b.{0,60}$", r"^stay up[- ]to[- ]date\.?$",
        r"^(?:sign[- ]?up|subscribe) (?:for|to) (?:(?:our|the|a) )?(?:weekly|daily|monthly|regular|free)\b.{0,80}$", r"^(?:sign up|subscribe)\b.{0,60}\b(?:newsletter|updates|alerts|e-?mails?|news releases|press releases)\b",
        # a news site's pitch between paragraphs: Subscribe or register today to discover more from …, Buy the e-paper
        # of …, Watch more of our videos on …
        r"^(?:subscribe|register|sign up)(?: or (?:register|subscribe|sign in|log in))? (?:today|now) to\b.{0,80}$",
        r"^(?:buy|read|get) (?:the|our|today's) e-?paper\b.{0,180}$", r"^watch more (?:of our )?videos\b.{0,60}$",
        r"^(?:leave|post|add|join) (?:a |the )?(?:comment|reply|conversation)\b",
        # a comment box's toggle and its log-in prompt: Hide Comments Comments (0), You must login before you can post …
        r"^(?:show|hide|view|load)\s+(?:all\s+)?comments\b", r"^you must (?:be\s+)?log(?:ged)?\s*in\b.{0,60}\bcomment", r"^\d+\s+comments?$", r"^comments?\s*\(-?\d+\)$",
        # an image's alternative text naming the story it illustrates: Image for School District Celebrates …
        r"^(?:image|photo|picture|thumbnail|graphic) for\s+\S.{3,150}$",
        # a securities offering's legal notice: Not for distribution, directly or indirectly, in or into the United
        # States …; This communication … does not constitute an offer of securities …
        r"^not for (?:distribution|release|publication),?\s+directly or indirectly\b",
        r"^this (?:communication|announcement|document)\b.{0,80}\bdoes not (?:contain or )?constitute an offer\b",
        # a pointer whose link the copy lost: A link to the judgement can be found at:
        r"^(?:a |the )?links? to (?:the|this|our|a) [^.]{2,60} (?:can be found|is available|are available|is here)\b.{0,20}[:.]?$",
        # an aggregator's link to the item it copied: Link: Press release: …, Permalink: …
        r"^(?:link|permalink|original (?:link|url|article|post))\s*:\s*\S.{0,200}$",
        # a site's greeting in its header: Welcome to City of Tshwane, Welcome to the official website of …
        r"^welcome to (?:the )?(?:official )?(?:web ?site of (?:the )?)?(?-i:[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|&)){0,6})\s*!?$",
        # a button set in brackets: [ print-friendly ], [ Back to list ]
        r"^\[\s*[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z-]+){0,2}\s*\]$",
        r"^\d+\s*(?:-|–)?\s*min(?:ute)?s?\s+read$", r"^(?:reading|read) time\s*:?\s*\d+", r"^listen to (?:this|the) (?:article|story)",
        r"^[\w\s().,-]{1,80}\.(?:jpe?g|png|gif|webp)$", r"^(?:image|photo|picture)\s*(?:credit|source)?\s*:\s*\S.{0,80}$",
        r"^(?:share|tweet|email|print)\s+(?:this|on|via)\b", r"^share ?(?:by|via|on|to) ?(?:e-?mail|facebook|twitter|x|linkedin|whatsapp)$",
        r"^get (?:e-?mails?|updates|alerts|notifications) (?:about|on|for) this (?:page|topic|story)\b",
        r"^download (?:the )?(?:pdf|file|release|document|attachment|(?:pdf|word) version)(?:\s*\(.{0,20}\))?$",
        # an image's placeholder where the picture was: [Harborlight Food Network logo], [Image: Diver in the bay]
        r"^\[\s*(?:image|photo|picture|graphic|logo|video|icon)\s*[:：]?\s*[^\]]{0,80}\]$",
        r"^\[[^\]]{1,60}\s(?:logo|image|photo|icon|banner)\]$",
        r"^(?:related|read more|see also|also read)\s*:\s*\S", r"^\[\s*(?:ad|advertisement|sponsored)\s*\]",
        r"^(?:(?:last )?updated|posted)\s*:?\s*\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago$",
        # a press mail read in webmail: its header fields with an address
        r"^(?:from|to|cc|bcc|sent|reply-to)\s*:\s*.{0,80}<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?",
        # a wire's or a paper's framing sentence before the release it reposts: … issued the following: /
        # The following was submitted by the Millbrook Public Library.
        r"^the following (?:\w+\s+){0,3}(?:was|is|has been|were) (?:submitted|provided|issued|released|contributed|"
        r"sent|written|prepared)\b.{0,80}$",
        r" the following(?:(?<=\bissued the following)|(?<=\breleased the following)|(?<=\bdistributed the following)"
        r"|(?<=\bsent the following))\b.{0,40}:\s*$",
        # (… or closed by the date it was issued: … issued the following announcement of Feb. 24.)
        r" the following(?:(?<=\bissued the following)|(?<=\breleased the following))\s+\w+(?:\s+\w+)?\s+(?:on|of)\s+"
        r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)\.\s*$",
    ),
    tail_starts=_rx(
        # a cookie banner, however long its text: never the article's (We use cookies to improve … This includes …)
        r"^we use (?:some )?(?:essential )?cookies\b", r"^this (?:web)?site uses (?:some )?cookies\b",
        r"^(?:for )?(?:general )?public (?:inquiries|enquiries)\b",   # the EU's closing helpline line
        # a site's pointer to more of itself, and its plea to share the page, after the text
        r"^for more (?:news|stories|updates|releases),?\s+(?:please\s+)?(?:visit|go to|see)\b",
        # a pointer to links the copy lost: For more information, please visit the following:
        r"^for more information,?\s+(?:please\s+)?(?:visit|see|go to|refer to)\s+the\s+following\s*[:：]?$",
        r"^for (?:the latest |further |more )?updates?,?\s+(?:please\s+)?(?:follow|visit|go to|see|check)\b",  # For updates, follow @…
        r"^(?:to )?(?:see|read|view) the (?:full|complete|original) (?:release|story|article|statement)\b.{0,20}\b(?:visit|go to|click|at)\b",
        r"^if you (?:found|find|enjoyed|liked) this\b.{0,60}\bshar(?:e|ing)\b",
        # a teaser's link alone on its line: the page lists stories, and this one's text has ended
        r"^(?:read more|continue reading|read the full (?:story|release|article))\s*(?:\.{2,}|…|[»›>])?$",
        r"^read more about\s+\S",  # Read more about 'Reduced visitor access …': a teaser's link to its page
        r"^you just read\b", r"^distribution channels?\b",
        r"^distributed by\s+\S.{0,60}?\bon behalf of\b",   # a newswire's credit after the release it carried
        # … and a distributor's disclaimer: X published this content on 3 May 2026 and is solely responsible for the
        # information contained herein. Distributed via … , unedited and unaltered
        r"\bpublished this content on\b.{0,80}$", r"\bis solely responsible for the information contained\b",
        r"^distributed (?:by|via)\s+\S.{0,80}?\bunedited and unaltered\b",
        r"^\*?\s*the following is .{0,60}\btranslated (?:by|with|using)\b",   # a machine translation follows
        # an alert service's or a mailing list's footer: You are receiving this message because you subscribed …;
        # To see more alerts from X, visit …; Powered by X
        r"^you (?:are receiving|received|have received) this (?:message|e-?mail|alert|notification|bulletin|newsletter)\b",
        r"^to see (?:more|all|other) (?:alerts|messages|news|updates|releases|posts) from\b", r"^powered by\s+(?-i:[A-Z])\S*$",
        # a press note's distribution line: To / The Editors / Bureau Chiefs of all … Media, with a request to …
        r"^(?:to,?\s+)?the (?:news )?editors?\s*(?:/|,|and)\s*(?:bureau chiefs?|news editors?|reporters)\b",
        r"^with a request to (?:give|publish|carry)\b",
        # a public notice's sign-off: 'Dated: 3 March 2025' / 'Signed: …, Senior Executive Officer'
        r"^dated\s*[:：]\s*\S.{0,30}$", r"^signed\s*[:：]\s*\S",
        # an organisation's legal status: registered charity / company numbers, closing a page
        r"\bis a registered charity\b", r"\b(?:registered )?(?:charity|company) (?:no\.?|number)\s*:?\s*\d",
        # the standard closing notice of a prosecutor's release: the charges are allegations
        r"\bpresumed innocent\b", r"\b(?:indictment|complaint|charges?) (?:is|are) (?:merely |only )?(?:an? )?(?:allegations?|accusations?)\b",
        # an e-mail's confidentiality notice under the signature
        r"^(?:this|the information in this) (?:e-?mail|message)(?: and any (?:files|attachments?)(?: transmitted with it)?)? "
        r"(?:is|are|may be|may contain) (?:intended|confidential|privileged)",
        r"^(?:confidentiality notice|e-?mail disclaimer)\b",
        # a site's promotional tagline after the text: Visit goRiverton.com for more information on …
        r"^visit\s+(?:us\s+(?:at|on)\s+)?(?:https?://)?[\w-]+(?:\.[\w-]+)+\S*\s+(?:for|to)\b",
        # an invitation to follow the issuer's accounts: … please follow us on Twitter.
        # a blog's feed footer under a post: The post … appeared first on Site.
        r"^the post\b.{3,250}\bappeared first on\b",
        # an aggregator's pointer to the release it copied: Original Source can be found here.
        r"^(?:the\s+)?original\s+(?:source|release|article|story|statement|post)\s+(?:can|may)\s+be\s+(?:found|read|viewed|seen)\s+here\.?$",
        # a content system's error page caught with the text: The website encountered an unexpected error. …
        r"^the website encountered an unexpected error\b", r"^(?:error|page not found)\s*\|\s*\S.{0,80}$",
        r"\bfollow us on\s+(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|youtube)\b",
        # … or to look at them: Please check out our Twitter and Facebook accounts for other news.
        r"^(?:please\s+)?(?:check out|visit|see|like|follow)\s+(?:us on\s+|our\s+)" + _NETWORK + r"\b.{0,80}$",
        # … or to follow one of them, named, as a line of its own: Follow the CPC on Twitter @CPC_CPP.
        r"^(?:please\s+)?(?:follow|like|connect with)\s+(?:the\s+)?[\w.&'’-]+(?:\s+[\w.&'’-]+){0,5}\s+on\s+" + _NETWORK,
        # … or to connect with its office on several networks: Connect with the Region 5 office on Facebook, X and Instagram.
        r"\b(?:follow|connect with|find|join)\b.{1,60}?\bon\s+" + _NETWORK + r"(?:\s*(?:,|and|&|or)\s*(?:and\s+)?" + _NETWORK + r")+",
        # a site's footer: the page's own revision stamp, and its feedback link
        r"^(?:this )?(?:page )?(?:was )?last (?:updated|modified|reviewed|edited)(?: on)?\s*[:：]?\s*[\w,./ -]{0,30}$",
        r"^(?:date|page) (?:modified|updated|reviewed)\s*[:：]?\s*[\w,./ -]{0,30}$",   # Canada.ca's 'Date modified:'
        r"^contact us\s+(?:to|with|for)\b.{0,40}\b(?:questions?|feedback|report a problem|comments?)\b",
        # a police release's closing disclaimer
        r"\bpresumed innocent until (?:and unless )?proven guilty\b",
        # an agency's note that its links may go stale: Links and contacts within this release are valid at the time …
        r"\bvalid at the time of (?:publication|release|posting)\b",
        # About the City of Riverton / About Acme Corp.: the issuer's boilerplate names it (a proper noun);
        # 'About measles' is the release's own background
        r"^about\s+(?:the\s+)?(?-i:[A-Z0-9])[\w.&'’\- ]{1,60}(?:\s\([\w.&'’\- ]{2,12}\))?:?$",   # … Board (HCDB)
        r"^source\s*[:：]?\s+(?-i:[A-Z])", r"^view (?:original|source) (?:content|version)", r"^to view the original version",
        r"^(?:©|\(c\)|copyright)\s*\d{0,4}", r"all rights reserved", r"^unsubscribe\b", r"^to unsubscribe",
        r"^(?:related|recommended|more|associated|useful)\s+(?:news|stories|articles|releases|from|links|content|resources|topics|pages)\b", r"^most (?:read|popular|viewed)\b",
        r"^related (?:information|documents|items)\s*:?$",   # a heading over the links after the text
        r"^url\s*[:：]\s*(?:https?://|www\.)\S+",   # a printed page's footer: URL: http://… © … This page was last modified …
        r"^[«‹<←]?\s*(?:previous|prev\.?|next) (?:post|article|release|story|news)\b",
        r"^(?:learn more|find out more)\s*:?$",   # a heading over links after the text (Learn more / Guelph Transit …)
        r"^(?:additional|further)\s+(?:resources|reading|links)\s*:?$",  # the same, Additional Resources / Further reading
        # a link's words closed by a full stop after the text: Learn more about the Brownfields Program.
        r"^(?:learn|read|find out) more about\b[^.!?]{1,60}\.$",
        # an Australian release's authorisation and its acknowledgement of Country, after the text
        r"^authori[sz]ed by\s+(?-i:[A-Z])", r"\backnowledges? the traditional (?:custodians|owners)\b",
        # a portal's note under a release it carries as received: (This is a press release issued by … has not
        # edited the content.), This story has not been edited by … staff and is auto-generated from a syndicated feed
        r"^\(?this is an? (?:(?:press|news|media) )?(?:release|handout|statement) (?:issued|provided|distributed|received)\b",
        r"\b(?:has|have) not (?:been )?edited (?:by |the |this )", r"\bauto-?generated from a syndicated feed\b",
        # … and an aggregator's: /University Release. This material from the originating organisation/author(s) …
        r"^/?[^.]{0,60}\.\s+this material from the originating organi[sz]ation",
        r"^(?:legal\s+)?disclaimers?\s*(?::|$)", r"^editor'?s'? notes?\s*:?$",
        r"^notes?\s*:?$", r"^update history$", r"^part of\s*:\s*\S", r"^this (?:page|document) is (?:not|no longer)\b",
        r"\b(?:for|not) the official record\b", r"^--\s*$",                       # an e-mail's signature starts after '-- '
        r"^(?:accessibility|privacy(?: policy)?|terms(?: of use)?|sitemap|site map)\s*[|·]\s*(?:accessibility|privacy|terms|sitemap|site map|contact)",
        r"^this (?:press release|release|article|post|content|story) (?:was|is|has been) (?:produced|provided|submitted|written|contributed)\b",
        # a news site's requests after the story: comments, tips, support
        r"^what do you think\?", r"\blet us know in the comments\b", r"^(?:have|got) a (?:news |story )?tip\b",
        r"^(?:support|subscribe to) (?:local|independent|our|quality) (?:journalism|news|reporting)\b",
        # a news copy's own notes after the story: where it first ran, and the wire's credits
        r"^\(?this (?:article|story|post|report) (?:is|was) (?:based on|adapted from|drawn from|compiled from)\b.{0,80}"
        r"\b(?:news|press|media) (?:release|statement|advisory)",
        r"^\(?this (?:article|story|post|report) was (?:written|generated|produced|created) (?:with|using|by)\s+"
        r"(?:the help of |the assistance of )?(?:ai|artificial intelligence|generative ai)\b",
        r"^this (?:article|post|story|report) (?:was )?(?:originally|first) (?:published|appeared|posted|ran)\b",
        r"^(?:additional )?(?:reporting|writing|editing)(?: and (?:writing|editing))? by\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*(?:[;,]|$)",
        r"^the views (?:and opinions )?expressed\b", r"^notes? (?:to|for) editors?\s*:?$",
        r"^share (?:this|the) (?:page|article|story|release|post)\b", r"^is this page useful\b",
        r"^links? to share (?:this |the )?(?:page|article|story|release|post)\b",   # a share row's alternative text
        r"^(?:was this|did you find this) (?:page|information) (?:useful|helpful)", r"^(?:tags|topics|related content)\s*:?$",
        r"^(?:ein presswire|newswire|pr newswire|business wire|globe newswire|cision)\b.*(?:priority|disclaimer|contact)",
    ),
    story_lists=_rx(
        r"^(?:related|recommended|more|latest|other|top|trending|popular|recent|prior|previous|past|older)\s+(?:news|stories|"
        r"articles|releases|headlines|posts|from|alerts|advisories|announcements|updates?|press releases|news releases)\b",
        r"^view all\s+(?:news|stories|articles|releases|posts|alerts|updates|notices)\b",
        r"^most (?:read|popular|viewed|shared)\b", r"^related$", r"^more (?:in|from) (?:this|the) (?:section|category|series)\b", r"^[«‹<←]?\s*(?:previous|prev\.?|next) (?:post|article|release|story|news)\b",
        r"^you (?:may|might) (?:also )?(?:like|be interested|want to (?:watch|read|see))", r"^(?:see|read) also\b", r"^also read\b",
        r"^(?:check|don't miss|must read)(?: also)?\s*[:：]?$",  # a theme's related posts: Check Also
    ),
    release_labels=_rx(
        # (\s*: a label letter-spaced - M E D I A A D V I S O R Y - is read with its words run together)
        r"^for\s*immediate\s*release\b", r"^(?:news|press|media)\s*(?:release|advisory|statement)s?$", r"^public\s*service\s*announcement$",
        r"^(?:joint )?(?:ministerial )?(?:media )?statement$", r"^news$", r"^press releases?$",
        r"^(?:19|20)\d{2}\s+(?:news|press|media)\s+(?:releases|statements|advisories)$",  # an archive's year: 2017 Media Releases
        # RELEASE 25-017, Release No. 0047.25, Press Release No: 2025/163/AFE
        r"^(?:(?:press|news|media)\s+)?(?:release|advisory|statement|pr)\s*(?:no\.?|number|#)?\s*[:：]?\s*[A-Z]{0,4}[-\s]*\d[\d\s-]*(?:[./][\w-]+)*$",
        r"^public\s+(?:notice|announcement)\s*(?:no\.?|number|#)?\s*[:：]?\s*\d[\d-]*(?:[./][\w-]+)*$",   # Public Notice 11-24: a notice's number
        # the file's own reference number: Case #: 25-004871, Incident No. 2025-0412, Ref: MR/2026/031
        r"^(?:case|file|incident|report|reference|ref\.?|docket|bulletin)\s*(?:#|no\.?|number)?\s*[:：#]\s*[A-Z]{0,4}[-\s/]*\d[\d\s/-]*$",
        r"^\[?archived\]?$", r"^for release\b", r"^(?:release date|date of release)\s*[:：]",
        # what kind of notice the office sends: over the title, not the title
        r"^(?:news|press|media|traffic|travel|road|weather|public|health|safety|service)\s+(?:memo|advisory|alert|notice|update|bulletin)s?$",
    ),
    contact_labels=_rx(
        r"^(?:media|press|news)\s+(?:contacts?|inquiries|enquiries|relations|office|queries)\b",
        r"^contacts?\s*(?:[:：]|$|\s+(?:information|person|info)\b)",
        r"^(?:(?:media|press|news)\s+)?contact\(s\)\s*[:：]",   # Contact(s):, 202-208-6843: a form's field, one or more to call
        r"^for (?:more|further) (?:information|details)(?:,?\s*(?:please\s+)?(?:contact|call|email|reach))?",
        r"^for information\s*[:：]",   # For information: / Media Relations Section / Tel: …
        r"^contact\s+(?:name|details|phone|e-?mail)\b[\w/ ,&-]{0,30}[:：]",  # a memo's field: Contact name/phone/e-mail:
        r"^(?:press|media) office\b", r"^inquiries\s*[:：]?$", r"^enquiries\s*[:：]?$", r"^contact\s*[:：]",
        r"^(?:inquiries|enquiries)\s*[:：]\s*(?=\S)",   # Enquiries: Mr Ndivhuwo Mabaya, mabayan@… or 083 …
        r"^for (?:media|press|news) (?:inquiries|enquiries|queries|questions|information)\b",
        r"^for (?:the )?(?:media|press|news)(?: inquiries| enquiries)?,?\s+(?:please\s+)?(?:contact|call|email)\b",  # For media please contact:
        r"^(?:[a-z]+\s+){1,2}contacts?\s*[:：]",   # Investor Contact:, Program Office Contact:
        r"^released by\s*[:：]?$",   # a police detachment's release, signed by its media officer below
        # Issued by: Public Relations Officer, … Phone: …: the post that answers for the release, signing it off
        # (or a person named first, then the post: Issued by: Peter Lane, Water Management Technician)
        r"^issued by\s*[:：]?(?=\s*(?:the\s+)?(?:[\w.'’-]+,?\s+){0,5}(?:officer|spokesperson|director|manager|secretary|"
        r"technician|coordinator|specialist|supervisor|adviser|advisor|engineer|analyst|liaison)\b)",
        r"^(?:further|more) (?:information|details)\s*[:：]",
        r"^(?:media|press)\s*[:：](?=\s*[+(]?\d)",   # Media: 02 8588 4411 - a phone straight after it
        # For questions, contact the Engineer's Office at 740-…: where to ask, the text's last sentence
        r"^for (?:questions|inquiries|enquiries|information)" + _ABOUT_WHAT + r"?,\s*(?:please\s+)?(?:contact|call|email|reach)\b",
        # For registration and further information regarding the event please contact: Name Tel: …
        r"^" + _ASK_ABOUT_THEN_CONTACT + r"\s*[:：]",
    ),
    contact_block_label=fastre.compile(
        r"^(?:(?:media|press|news)\s+(?:contacts?|inquiries|enquiries|relations\s+contact|office|queries)|contacts?(?:\s+(?:information|info|person|details))?|"
        r"(?:media|press)(?=\s*[:：])|"
        r"(?:[a-z]+\s+){1,2}contacts?(?=\s*[:：])|"
        r"for (?:more|further) (?:information|details)(?:,?\s*(?:please\s+)?contact)?|inquiries|enquiries|press office|issued by|"
        r"for (?:questions|inquiries|enquiries|information)" + _ABOUT_WHAT + r"?,\s*(?:please\s+)?"
        r"(?:contact|call|email|reach)(?:\s+the\b)?|"
        + _ASK_ABOUT_THEN_CONTACT + r")"
        r"\s*[:：-]?\s*", re.I),
    contact_field_labels=fastre.compile(
        r"\b(?:tel(?:ephone)?|phone|ph|mobile|cell|office|direct|fax|e-?mail|after[- ]hours|24[- ]hours?)\.?\s*[:：]\s*", re.I),
    not_names=frozenset(),
    not_contact_labels=_rx(r"^distribution\s*[:：]"),
    attachment_labels=_rx(r"^(?:attachments?|enclosures?|annex(?:es)?|appendix|appendices|attached)\s*(?:\d+\s*)?[:：.-]",
                          r"^(?:attachments?|enclosures?)$",
                          # a linked document with its type: 2025-26 Instructional Calendar (PDF), Fact sheet (PDF, 212 KB)
                          r"^[^.!?]{3,120}\((?:PDF|DOCX?|XLSX?|PPTX?|CSV)(?:,\s*[\d.]+\s*[KM]B)?\)$"),
    embargo_patterns=_rx(
        r"^\W*(?:embargo(?:ed)?|under embargo)\b", r"\bembargoed (?:until|till|to)\b",
        r"^(?:not for (?:release|publication|broadcast))\b", r"^hold for release\b",
        r"^for release (?:on|at|after)\b", r"^under embargo\b",
    ),
    date_cues=_rx(
        r"^(?:posted|published|updated|issued|released|date|dated|released on|posted on|published on|(?:page )?last updated|"
        r"last update|last modified|last reviewed|"
        r"(?:news |press |media )?release date|date of release|post date|posting date|publish date)\b\s*[:：]?",
        r"^for immediate release\s*[:：,-]?\s*\S", r"^for release\s*[:：,-]?\s*(?=[^\n]*\d)\S",
        # who posted the page and when: by Talbot County Emergency Services (DES) on Thursday, July 5, 2012
        r"^by\s+(?-i:[A-Z])[^.!?]{2,80}?\s+on\s+(?=[^.!?]{0,30}\b(?:19|20)\d{2}\s*$)",
        # a page's posting stamp behind its section's label: Archived news: published on Friday 18 May 2007 by …
        r"^(?:[\w ]{2,30}[:：]\s*)?(?:posted|published)\s+on\s+(?=.{0,40}\b(?:19|20)\d{2}\b)",
        r"^(?-i:[A-Z])[^.!?:]{2,100}?,\s+(?:posted|published|updated)(?:\s+on)?\s+(?=[^.!?]{0,30}\b(?:19|20)\d{2}\b)",   # Press Office of the Ministry, posted 09 August 2022 16:46
        r"^sent\s*[:：]\s*\S",   # Outlook's header: Sent: Monday, November 3, 2025 …
        r"^(?:the )?(?:press|news|media) release (?:was )?(?:issued|published) by\b",
    ),
    byline_patterns=_rx(r"^(?:from|by|(?:issued|released|prepared|submitted|distributed) by)\s*:\s*\S", r"^by\s+(?-i:[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|of|the|and|for|&|\d{1,3}(?=\s+[A-Z]))){0,3})(?:\s*[,|]\s*.*)?$",
                        r"^(?:written|posted|submitted|story|article|words) by\s+\S",
                        # From the Office of Governor Jane Doe, From the Desk of the Mayor: whose office sends the release
                        r"^from\s+the\s+(?:press\s+)?(?:office|desk)\s+of\s+[^.!?]{2,60}$",
                        # From Jane Doe, Senior Manager, Water Services: the sender of a notice, named with the post held
                        r"^from\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}\s*,\s*[A-Z][\w.'’&-]*(?:[\s,]+(?:[A-Z][\w.'’&-]*|of|and|the|for|&))*)$", r"^(?:news|content) (?:provided|supplied) by\s+\S",
                        r"^(?:writer|author)\s*[:：|]?\s+(?-i:[A-Z])\S*(?:\s+\S+){0,7}$",   # a board's field: Writer International Division
                        # whom the release's words are to be quoted as: Attribute to Inspector …:, Quotes attributable to …:
                        r"^(?:quotes?\s+)?attribut(?:e|ed|able)\s+to\s+\S.{0,100}[:：]$"),
    caption_patterns=_rx(r"^(?:photo|image|picture|pictured|caption)\s*(?:credit)?\s*[:：(]",
                         # an image's alternative text: image of truck pouring bitumen … (a title's next word has a capital)
                         r"^(?:an?\s+)?(?:image|photo|photograph|picture)\s+of\s+(?:an?\s+|the\s+)?(?!(?:an?|the)\s)(?-i:[a-z])",
                         # Premier, Hon. Jane Doe: a post and an honoured name alone, who a photo shows
                         r"^(?-i:(?:[A-Z][\w.'’-]*\s){0,4}[A-Z][\w.'’-]*),\s*(?:Hon\.?|Honourable|Honorable|Dr\.|Prof\.|Sir|Dame)"
                         r"\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})$",
                         r"^credits?\s*[:：]\s*[A-Z][\w .&'’/-]{1,50}$",   # Credits: NASA, under the photo's caption
                         # an image named with its source in brackets, or that source alone: South Africa Flag (Source:
                         # flag.net), (Source: IRC)
                         r"^(?:(?-i:[A-Z])[\w'’&.-]*(?:\s+[\w'’&.-]+){0,6}\s+)?\(\s*source\s*:\s*[^()]{1,40}\)$",
                         r"^\((?:(?:photo|image)s?\s*(?:by|courtesy of|:)\s*)?(?-i:[A-Z])[\w.&'’-]*(?:\s+[\w.&'’-]+){0,6}\)$",
                         r"[.)]\s+(?:(?:photo|image|picture)\s*(?:credit|courtesy)?|credit)\s*:\s*[A-Z][\w .&'’/-]{1,50}$",
                         # … the credit without its colon: … campaign nationwide. Picture Dan Linehan
                         r"[.!?)]\s+(?:picture|photo|photograph|pic)\s+(?:by\s+)?(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,2})$",
                         r"\((?:courtesy|photo|image|credit)\b[^)]{0,60}\)\s*$", r"^(?:map|chart|graph|graphic|illustration)\s*:\s*\S",
                         r"\((?:photo|image)\s*(?:credit|:)[^)]*\)\s*$",
                         r"^(?:a\s+)?(?:screenshot|screen grab|photo|image|picture)\s+of\b.{2,200}\((?:source|credit|via)\s*:\s*[^)]{2,80}\)$",  # Screenshot of … (source: X / @…)
                         r"^[“\"][^“”\"]{10,200}[”\"]\s*[—–]\s*(?-i:[A-Z])",     # a pull quote with its speaker after a dash
                         r"^\(?(?:photo|image) (?:courtesy|credit|by)\b",
                         # who took it, after whose photo it is: U.S. Coast Guard photo by Seaman Dana Lee.
                         r"^[^!?]{0,60}?\b(?:photo|image|video)\s+(?:by|courtesy of)\s+(?-i:[A-Z])[^!?]{2,60}$",
                         # an image's alt text: an organisation's name and 'logo' (Environment Agency logo), what a
                         # picture shows and the word for it (Road Closed Sign Graphic)
                         r"^(?-i:(?:[A-Z][\w&'’.-]*|of|and|for|the|&)\s+){1,8}(?-i:logo|icon|[Gg]raphic|[Ii]mage|[Pp]hoto|[Tt]humbnail)$",
                         # who stands where in the photo: (From left) …, L-R: …, Pictured from left, …
                         r"^[(\[]?\s*(?:pictured\s+)?(?:from\s+(?:left|right)|left\s+to\s+right|l\s*-\s*r|r\s*-\s*l)\s*[)\]:,]",
                         r"^pictured\s+(?:above|below|here|at\s+(?:left|right))\b",   # Pictured above are …, moments after …
                         # where the photo stands beside the text: Above: Crews ventilate the roof …, Top left: …
                         r"^(?:pictured\s+)?(?:above|below|top|bottom|inset|left|right|(?:top|bottom)\s+(?:left|right))\s*[:：]\s*\S"),
    note_blocks=_rx(r"^media opportunit(?:y|ies)\s*:?$", r"^photo opportunit(?:y|ies)\s*:?$", r"^(?:note|notes) (?:to|for) (?:editors?|media|journalists|reporters)\s*:?$",
                    r"^(?:media|editor'?s'?|press) notes?\s*[:：]\s*\S",   # MEDIA NOTE: Media must RSVP by …
                    r"^for broadcasters\s*:?$", r"^interview opportunit(?:y|ies)\s*:?$"),
    report_box_labels=_rx(r"^(?:what (?:was|the media) reported|the (?:media )?report|media report)\s*:?"),
    appendix_labels=_rx(r"^(?:annex|appendix|attachment|backgrounder)(?:\s+[A-Z0-9]{1,3})?\s*[.:]?$"),
    appendix_headings=_rx(r"^(?:annex|appendix)\s+[A-Z0-9]{1,3}\s*[.:–—-]\s*\S.{0,60}$",
                          # a joint statement's list of those who signed it
                          r"^(?:(?:full |complete )?list of )?(?:signator(?:y|ies)|signed by|co-?signed by)\b[^.!?]{0,40}:?$"),
    titles=tuple(sorted({" ".join(t.split()) for t in """
        Press Secretary|Deputy Press Secretary|Public Information Officer|Communications Director|Director of Communications|
        Communications Manager|Communications Officer|Communications Specialist|Communications Advisor|Media Relations Manager|
        Media Relations Officer|Media Relations Specialist|Media Officer|Press Officer|Spokesperson|Spokesman|Spokeswoman|
        Public Affairs Officer|Public Affairs Specialist|Public Affairs Director|Information Officer|Senior Advisor|
        Director|Manager|Officer|Coordinator|Specialist|Advisor|Adviser|Secretary|Chief of Staff|Deputy Director|Assistant|
        Planner|Administrator|Commissioner|President|Vice President|Senior Vice President|Executive Director|
        Head of Communications|Head of Media|Press Assistant|Media Manager|Media Advisor|Media Adviser|
        Aide|Legislative Aide|Liaison|Community Liaison|Media Liaison|
        Communications Lead|Media Lead|Press Lead|Campaigns Lead|Campaign Lead|Policy Lead|Media and Communications Lead|
        Supervisor|Information Supervisor
        """.split("|")} - {""}, key=lambda t: (-len(t), t))),   # a fixed order: the pattern is cached by its text
    department_suffixes=("Department", "Office", "Ministry", "Agency", "Division", "Bureau", "Council", "Commission",
                         "Authority", "Service", "Services", "Canada", "Relations", "Communications", "Affairs",
                         # organisations a wire release's contact speaks for
                         "Inc.", "Inc", "LLC", "Ltd", "Ltd.", "Group", "Corporation", "Corp.", "Company", "Systems",
                         "Association", "Foundation", "Institute", "University", "Partners",
                         "Coalition", "Alliance", "Network", "Federation", "Trust", "Union", "Society", "Public Health",
                         "Board", "Centre", "Center", "Police",
                         # a city's departments named by what they do: Public Works, Parks and Recreation
                         "Works", "Recreation", "Engineering", "Planning", "Finance", "Transportation", "Utilities",
                         # public bodies named by what they are: Housing Trust Fund, Federal Highway Administration
                         "Fund", "Administration", "District", "Schools", "College", "Hospital", "Library", "Museum",
                         "Program", "Programme", "Court", "Airport", "Parks"),
    team_suffixes=("Team", "Unit", "Section", "Desk"),
    sentence_end=AtLineEnd(r"(?:[.!?…]|[.!?,][\"'”’)\]]|[\"”’])\s*$"),
    continuation_start=fastre.compile(r"^(?:[a-z]|[(\"“‘'][a-z])"),
    dangling_end=AtLineEnd(r"(?:\b(?:the|a|an|of|to|and|or|for|with|in|on|by|at|from|that|as|is|are|was|were|will|its|their)|,)\s*$", re.I),
    # verbs a title never stops on, since what they take follows (the nouns among their forms - Awards, Issues,
    # Releases, Names - and those that also stand alone - Opens, Returns - are left out)
    verb_left_open=AtLineEnd(r"\b(?:announces|launches|unveils|approves|recognizes|recognises|selects|welcomes|urges|"
                             r"seeks|proposes|introduces|appoints|invites|reminds|encourages|congratulates|commends|"
                             r"applauds|condemns|calls\s+on)\s*$", re.I),
    stopwords=frozenset("""a an the and or of to in on for with at by from as is are was were be been will has have had
        that this these those it its their his her our we they he she said says also more than over into about after before
        which who what when where new one two not all""".split()),
    issuer_name=fastre.compile(
        r"^(?:the\s+)?(?:office|city|state|county|town|village|department|ministry|government|province|commonwealth|"
        r"embassy|consulate|high commission|"
        r"district|region|borough)\s+of\b|"
        # (a title ends so too: Reorganization of Government, Changes to Council, Investment in Transit - the body
        # named by a preposition's object is what the title is about, not who issues it)
        r"^[\w.&'’ -]{2,60}(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bfor)(?<!\bon)(?<!\bat)(?<!\bby)(?<!\bwith)(?<!\bthe)"
        r"\s(?:department|office|ministry|agency|council|commission|"
        r"authority|government|administration|police|service|district|board|schools|university|college|institute|"
        r"corporation|foundation|association|library|hospital|museum|port|airport|utilities|transit|canada|"
        r"division|directorate|secretariat|embassy|consulate|"
        r"senate|assembly|legislature|parliament|committee|caucus|"
        r"fire\s*(?:&|and)?\s*rescue|rescue squad|highway patrol|constabulary|(?-i:Trust))$|"
        # Sacramento County Department of Transportation, Arlington County, Virginia
        # (capitals held to their case: 'Recovery center opens in Tolliver County' is a title)
        r"^(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)\s+(?:county|city|township|parish)(?:,\s*[A-Z][\w ]{2,20})?$|"
        r"^[A-Z][\w.&'’ -]{2,40}\s(?:department|ministry|office|agency|bureau|mission|embassy|consulate|high commission)\s+of\s+"
        r"(?:the\s+)?[A-Z][\w.&'’ -]{2,40}$|"
        # international bodies: UN Environment Programme, World Health Organization, European Investment Bank
        r"^(?:the\s+)?(?:UN|U\.N\.|United Nations|World|International|European|Global|African|Asian|Pan[- ]American)\s"
        r"(?:[\w.&'’-]+\s){0,4}(?:programme|program|organi[sz]ation|secretariat|union|fund|bank|forum|agency|commission)$",
        re.I),
    function_words=frozenset("""
        a about above after again against all also although am among an and another any are as at be because been
        before being below between both but by can could did do does doing down during each either even ever every
        few for from further had has have having he her here hers herself him himself his how however i if in into
        is it its itself just least less many may me might more most much must my myself neither no nor not now of
        off on once one only onto or other others our ours ourselves out over own per rather same shall she should
        since so some such than that the their theirs them themselves then there these they this those though
        through throughout to too toward towards under until up upon us very via was we were what whatever when
        where whether which while who whom whose why will with within without would yet you your yours
        said says also new will""".split()),
    function_ending=None,
    fact_labels=_rx(r"^(?:who|what|when|where|why|date|dates|time|times|date\s*/\s*time|location|venue|place|address|"
                    r"cost|admission|tickets|registration|details|event|schedule|"
                    # a police release's incident fields
                    r"incident|offen[cs]es?|suspects?|victims?|arrested|charges?|vehicle)\s*[:：]?(?:\s|$)"),
)
