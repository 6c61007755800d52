import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '@/utils/messaging';

// Placeholder gate until the engine lands: a JSON-LD JobPosting means a posting.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    const hasJobPosting = [...document.querySelectorAll('script[type="application/ld+json"]')].some((s) =>
      /"JobPosting"/.test(s.textContent ?? ''),
    );
    if (!hasJobPosting) return;
    const title = document.querySelector('h1')?.textContent?.trim() ?? document.title;
    void sendMessage('reportPosting', {
      posting: {
        url: location.href,
        analysis: {
          isJobPosting: true, jobKey: location.href, title, company: null, location: null, locations: [],
          workMode: null, employmentType: null, datePosted: null, validThrough: null, salary: null,
          experienceYears: null, degrees: [], techStack: [], requirements: [], skills: [], sections: [],
          text: '', highlights: [], source: 'json-ld', board: null,
        },
      },
    });
  },
});
