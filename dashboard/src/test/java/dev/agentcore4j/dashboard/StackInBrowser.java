package dev.agentcore4j.dashboard;

import com.microsoft.playwright.Page;

/**
 * The real stack ({@link DashboardStack}) and one Chromium page on its dashboard in a browser
 * language, loaded and ready: what a test class that walks the UI in order, as a user would, shares
 * between its tests. Closing it closes the browser, then the stack.
 */
final class StackInBrowser implements AutoCloseable {

    final DashboardStack stack;
    final Chromium chromium;
    final Page page;

    /** @param locale the browser's language, e.g. {@code ja-JP} or {@code en-US} */
    StackInBrowser(String locale) {
        stack = new DashboardStack();
        try {
            chromium = new Chromium();
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        try {
            page = chromium.page(locale, false);
            page.navigate(stack.url("/"));
            page.locator("body[data-ready=true]").waitFor();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        chromium.close();
        stack.close();
    }
}
