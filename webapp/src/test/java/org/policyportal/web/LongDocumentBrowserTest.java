package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In headless Chromium: a link to a clause in another part of a long document (as search hits, citations and
 * exports write it, with only the anchor) loads the part that holds it, and the {@code n} key moves on to the next
 * part's match. Skipped when {@code /usr/bin/chromedriver} is absent.
 */
@Tag("browser")
class LongDocumentBrowserTest {

    @TempDir
    static Path corpus;
    static TestPortal portal;
    static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Browsers.assumeAvailable();
        portal = new TestPortal(new FakeSearchService(List.of(LongDocument.document()), true), corpus);
        driver = Browsers.headlessChromium();
    }

    @AfterAll
    static void stop() throws Exception {
        Browsers.quitAndClose(driver, portal);
    }

    @Test
    void anAnchorOnlyLinkToAClauseOfAnotherPartLoadsThatPart() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        driver.get(portal.base() + "/documents/" + LongDocument.ID + "?q=encryption#clause-950");
        wait.until(ExpectedConditions.urlContains("clause=950"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clause-950")));
        assertThat(driver.getCurrentUrl()).endsWith("#clause-950").contains("q=encryption");
        assertThat(driver.findElements(By.id("clause-1"))).isEmpty();
    }

    @Test
    void theNextMatchKeyCrossesIntoTheNextPart() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        driver.get(portal.base() + "/documents/" + LongDocument.ID + "?q=encryption#clause-10");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clause-10")));
        driver.findElement(By.tagName("body")).sendKeys("n");
        wait.until(ExpectedConditions.urlContains("clause=500"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clause-500")));
        assertThat(driver.getCurrentUrl()).endsWith("#clause-500");
    }
}
