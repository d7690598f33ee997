// The site's one always-loaded script: custom elements that enhance the server-rendered HTML. Pages
// marked as static documents ship this and no framework runtime; each element finds its markup in
// place, so it works the same after a hard load and after a client-side navigation.
import { CitationCardsElement } from "./citation-cards";
import { defineElement } from "./define";
import { DemoElement } from "./demo-island";
import { RecentProblemsElement } from "./recent-problems";
import { DiscussionElement } from "./discussion";
import { LatestDiscussionElement } from "./latest-discussion";
import { NotificationBellElement } from "./notification-bell";
import { ThemeToggleElement } from "./theme-toggle";
import { TocElement } from "./toc-tracker";
import { UpdatedSinceElement } from "./updated-since";
import { UserMenuElement } from "./user-menu";

defineElement("lmh-theme-toggle", ThemeToggleElement);
defineElement("lmh-user-menu", UserMenuElement);
defineElement("lmh-notification-bell", NotificationBellElement);
defineElement("lmh-toc", TocElement);
defineElement("lmh-citation-cards", CitationCardsElement);
defineElement("lmh-updated-since", UpdatedSinceElement);
defineElement("lmh-demo", DemoElement);
defineElement("lmh-recent-problems", RecentProblemsElement);
defineElement("lmh-discussion", DiscussionElement);
defineElement("lmh-latest-discussion", LatestDiscussionElement);
