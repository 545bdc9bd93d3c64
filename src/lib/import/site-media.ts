/**
 * The site an import writes into, as far as its images go: what its public/ holds, and which of its pages
 * from other Learn folders show each file. The site's /media/ is one for every folder imported, each
 * publishing its images by their path below its own folder (`img/a.png` → `/media/img/a.png`), so two
 * folders may have an image at one path: planImport publishes a second folder's beside it (see SiteMedia).
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { DEFAULT_LOCALE, sameLearnFolder, type LearnFolderFile } from '../learn-folders.ts';
import { isContentPage, slugOfContentPath } from '../navigation.ts';

/** A page of the site that shows a file, and the Learn folder it is from (`/en-us/docs/`). */
export interface MediaUser {
  /** Its file, from the project (`content/imglinks.md`). */
  file: string;
  slug: string;
  folder: string;
}

/** What planImport asks of the site about a path it would publish an image at. */
export interface SiteMedia {
  /** The bytes of the site's file `path` (`public/media/img/a.png`); undefined when it has none (or no plain file). */
  bytes(path: string): Uint8Array | undefined;
  /**
   * The site's pages from other Learn folders than the one imported that show `destination`, a published
   * path as pages write it (`/media/img/a%20b.png`, in a Markdown destination or a `lightbox="…"`).
   */
  otherFolderPages(destination: string): MediaUser[];
}

/** A character a path or URL may go on with: a destination found inside a longer one is not it. */
const PATH_CHAR = /[\w.~%/+-]/;

/** Whether `text` has `destination` standing alone (not the start or end of a longer path). */
function shows(text: string, destination: string): boolean {
  for (let at = text.indexOf(destination); at !== -1; at = text.indexOf(destination, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + destination.length] ?? '';
    if (!PATH_CHAR.test(before) && !PATH_CHAR.test(after)) return true;
  }
  return false;
}

/**
 * The site at `root` as SiteMedia, for an import of `imported` (a Learn folder in a locale): its public/
 * files, and its pages (content/) with the folder src/data/learn-folder.json (`folders`) says each is from,
 * the default folder's when no other lists it. Pages are read once, at the first question.
 */
export function siteMediaOf(
  root: string,
  folders: LearnFolderFile,
  imported: { learnFolder: string; locale?: string | undefined },
): SiteMedia {
  const plainFile = (path: string) => lstatSync(path, { throwIfNoEntry: false })?.isFile() === true;
  let pages: (MediaUser & { text: string })[] | undefined;
  const otherPages = () => {
    if (pages) return pages;
    const content = join(root, 'content');
    const files = existsSync(content) ? readdirSync(content, { recursive: true, encoding: 'utf8' }) : [];
    pages = files.filter(isContentPage).flatMap((file) => {
      const slug = slugOfContentPath(file);
      const from = folders.otherFolders?.find((folder) => folder.pages.includes(slug)) ?? folders;
      const path = join(content, file);
      if (sameLearnFolder(from, imported) || !plainFile(path)) return [];
      const folder = `/${[from.locale ?? DEFAULT_LOCALE, from.learnFolder].filter((part) => part !== '').join('/')}/`;
      return [
        { file: `content/${file.split(sep).join('/')}`, slug, folder, text: readFileSync(path, 'utf8') },
      ];
    });
    return pages;
  };
  return {
    bytes: (path) => {
      const full = join(root, path);
      return plainFile(full) ? new Uint8Array(readFileSync(full)) : undefined;
    },
    otherFolderPages: (destination) =>
      otherPages()
        .filter((page) => shows(page.text, destination))
        .map(({ file, slug, folder }) => ({ file, slug, folder })),
  };
}
