/*
 * The floor under Klar's start-up figure: how long a bare WebKitGTK window takes from its process
 * start to the first frame of a one-line page, on the same machine and display (README,
 * "Performance"). A measuring tool, not part of the app or of the tests.
 *
 *   cc -O2 tests/perf/bare-webkit.c -o /tmp/bare-webkit $(pkg-config --cflags --libs webkit2gtk-4.1)
 *   xvfb-run -a -s "-screen 0 1280x800x24" /tmp/bare-webkit        # drawn as Klar draws (no GPU)
 *   xvfb-run -a -s "-screen 0 1280x800x24" /tmp/bare-webkit gpu    # WebKit's default
 *
 * Under xvfb-run the process is forked before the X server is up; start Xvfb yourself and set
 * DISPLAY to leave that wait out. The process start comes from /proc/self/stat (clock ticks since
 * boot) and the boot instant from /proc/uptime, as in tests/perf/app-figures.mjs.
 */
#include <gtk/gtk.h>
#include <webkit2/webkit2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_REALTIME, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* When this process started, in milliseconds since the epoch. */
static double started_ms(void) {
  char buf[4096];
  FILE *f = fopen("/proc/self/stat", "r");
  if (!f) return 0;
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = 0;
  unsigned long long ticks = 0;
  int field = 0;
  for (char *tok = strtok(strrchr(buf, ')') + 2, " "); tok; tok = strtok(NULL, " "), field++)
    if (field == 19) { ticks = strtoull(tok, NULL, 10); break; }
  /* /proc/uptime is cut down to 10 ms: the smallest "now - uptime" of a few reads is closest. */
  double boot = 1e18;
  for (int i = 0; i < 20; i++) {
    double up = 0;
    FILE *u = fopen("/proc/uptime", "r");
    if (!u || fscanf(u, "%lf", &up) != 1) { if (u) fclose(u); continue; }
    fclose(u);
    double b = now_ms() - up * 1e3;
    if (b < boot) boot = b;
  }
  return boot + (double)ticks / sysconf(_SC_CLK_TCK) * 1e3;
}

static double t_main, t_gtk, t_script;

static void on_message(WebKitUserContentManager *m, WebKitJavascriptResult *r, gpointer data) {
  (void)m; (void)data;
  char *what = jsc_value_to_string(webkit_javascript_result_get_js_value(r));
  if (strcmp(what, "script") == 0) {
    t_script = now_ms();
  } else {
    double start = started_ms();
    printf("main %.0f ms, GTK ready %.0f ms, page script %.0f ms, first frame %.0f ms after the process start\n",
           t_main - start, t_gtk - start, t_script - start, now_ms() - start);
    gtk_main_quit();
  }
  g_free(what);
}

int main(int argc, char **argv) {
  t_main = now_ms();
  gtk_init(&argc, &argv);
  t_gtk = now_ms();
  WebKitUserContentManager *ucm = webkit_user_content_manager_new();
  webkit_user_content_manager_register_script_message_handler(ucm, "done");
  g_signal_connect(ucm, "script-message-received::done", G_CALLBACK(on_message), NULL);
  GtkWidget *view = webkit_web_view_new_with_user_content_manager(ucm);
  if (argc < 2 || strcmp(argv[1], "gpu") != 0)
    webkit_settings_set_hardware_acceleration_policy(webkit_web_view_get_settings(WEBKIT_WEB_VIEW(view)),
                                                     WEBKIT_HARDWARE_ACCELERATION_POLICY_NEVER);
  GtkWidget *window = gtk_window_new(GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size(GTK_WINDOW(window), 1180, 820);
  gtk_container_add(GTK_CONTAINER(window), view);
  gtk_widget_show_all(window);
  /* The same two marks as Klar's page: its script ran, then a frame after it was painted. */
  webkit_web_view_load_html(WEBKIT_WEB_VIEW(view),
                            "<html><body><p>Klar</p><script>"
                            "window.webkit.messageHandlers.done.postMessage('script');"
                            "requestAnimationFrame(() => setTimeout(() => window.webkit.messageHandlers.done.postMessage('frame'), 0));"
                            "</script></body></html>",
                            "file:///");
  gtk_main();
  return 0;
}
