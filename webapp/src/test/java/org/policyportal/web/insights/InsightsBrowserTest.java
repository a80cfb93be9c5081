package org.policyportal.web.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policyportal.search.LuceneSearchService;
import org.policyportal.web.Browsers;

/**
 * The researcher pages in headless Chromium over a real index: compare (cell to clause search), questions,
 * timeline, similar clauses, citation and QR. Skipped when {@code /usr/bin/chromedriver} is absent.
 */
@Tag("browser")
class InsightsBrowserTest {


    @TempDir
    static Path root;
    static LuceneSearchService service;
    static InsightsHttp portal;
    static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Browsers.assumeAvailable();
        service = InsightsFixture.open(root);
        portal = new InsightsHttp(service, root.resolve("corpus"), InsightsLimits.defaults());
        driver = Browsers.headlessChromium();
    }

    @AfterAll
    static void stop() throws Exception {
        Browsers.quitAndClose(driver, portal, service);
    }

    @Test
    void compareCellLeadsToItsClauses() throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        driver.get(portal.base() + "/search?q=dmarc");
        driver.findElement(By.linkText("Compare by country")).click();
        wait.until(ExpectedConditions.urlContains("/compare?q=dmarc"));
        WebElement table = driver.findElement(By.cssSelector("table.matrix"));
        assertThat(table.findElement(By.tagName("caption")).getText()).startsWith("Countries by standard");
        // the heat scale is styled by the stylesheet under the CSP
        assertThat(driver.findElement(By.cssSelector("td.heat-4")).getCssValue("background-color"))
                .isEqualTo("rgba(86, 148, 202, 1)");
        screenshot("compare.png");
        WebElement nl = driver.findElement(By.xpath("//tr[th[@scope='row' and .='Netherlands']]/td[1]//a"));
        assertThat(nl.getText()).contains("2 docs / 3 clauses");
        nl.click();
        wait.until(ExpectedConditions.urlContains("mode=clauses"));
        assertThat(driver.findElements(By.cssSelector(".results-list > li"))).hasSize(3);
    }

    @Test
    void questionsTimelineSimilarCitationAndQrRender() throws IOException {
        driver.get(portal.base() + "/questions");
        assertThat(driver.findElement(By.cssSelector("table.questions caption")).getText())
                .isEqualTo("Documents answering yes, by country");
        assertThat(driver.getPageSource()).doesNotContain("<script>alert(");

        driver.get(portal.base() + "/timeline?standard=dmarc");
        assertThat(driver.findElements(By.cssSelector("svg.timeline-chart rect.bar"))).hasSize(5);
        assertThat(driver.findElement(By.cssSelector("svg.timeline-chart rect.bar")).getCssValue("fill"))
                .isEqualTo("rgb(18, 53, 99)");
        screenshot("timeline.png");

        driver.get(portal.base() + "/documents/nl-mail");
        driver.findElement(By.cssSelector("#clause-1 .cite summary")).click();
        assertThat(driver.findElement(By.cssSelector("#clause-1 .citation")).getText())
                .isEqualTo("Mail security rules. Forum Standaardisatie, 2021. Clause 1.1. " + portal.base()
                        + "/documents/nl-mail#clause-1");
        driver.findElement(By.cssSelector("#clause-1 .similar-link")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/similar"));
        assertThat(driver.findElement(By.cssSelector(".similar-list .card-title")).getText())
                .isEqualTo("Federal mail requirements");
        screenshot("similar.png");

        driver.get(portal.base() + "/qr?q=dmarc");
        WebElement img = driver.findElement(By.cssSelector("img.qr-code"));
        Object width = ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth;", img);
        assertThat(((Number) width).intValue()).isPositive();
        screenshot("qr.png");
    }

    private static void screenshot(String name) throws IOException {
        Browsers.screenshot(driver, name);
    }
}
