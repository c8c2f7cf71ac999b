package fr.portailfamille.web.demo;

/** A part of the demo commune, loaded at each start by sending commands: loading it again adds nothing. */
public interface DemoLoader {
    void load();
}
