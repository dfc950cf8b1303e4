package tandem.identity.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tandem.identity.CurrentUser;
import tandem.identity.HomePanel;
import tandem.identity.HomePanelContributor;
import tandem.identity.CurrentUsers;

/** Each role's home page: the panels the modules offer this user, and nothing that does not exist. */
@Controller
class HomeController {

    private final CurrentUsers identity;
    private final List<HomePanelContributor> contributors;

    HomeController(CurrentUsers identity, List<HomePanelContributor> contributors) {
        this.identity = identity;
        this.contributors = contributors;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = identity.require();
        List<HomePanel> panels = new ArrayList<>();
        contributors.forEach(c -> panels.addAll(c.panelsFor(user)));
        panels.sort(Comparator.comparingInt(HomePanel::order));
        model.addAttribute("panels", panels);
        return "identity/home";
    }
}
